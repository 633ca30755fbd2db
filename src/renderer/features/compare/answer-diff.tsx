import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { diffPairOf, useCompareStore } from './compare-store.ts';
import { usePaneAnswer } from './use-pane-answer.ts';
import { useWordDiff } from './use-word-diff.ts';

/** Two panes chosen by the reader, and a word-level diff of their current answers. */
export function AnswerDiff() {
  const { t } = useTranslation();
  const pair = useCompareStore(useShallow(diffPairOf));
  const paneIds = useCompareStore(useShallow((state) => state.panes.map((pane) => pane.id)));
  const models = useCompareStore(useShallow((state) => state.panes.map((pane) => pane.model.trim())));
  const setPair = useCompareStore((state) => state.setDiffPair);
  if (!pair) return null;
  const labelOf = (paneId: string) => {
    const index = paneIds.indexOf(paneId);
    return t('ui.compare.pane.label', {
      number: index + 1,
      model: models[index] || t('ui.compare.pane.noModel'),
    });
  };
  const [left, right] = pair;

  const picker = (id: string, value: string, label: string, choose: (paneId: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => choose(event.target.value)}>
        {paneIds.map((paneId) => (
          <option key={paneId} value={paneId}>
            {labelOf(paneId)}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <section className="answer-diff" aria-labelledby="compare-diff-title">
      <h2 id="compare-diff-title">{t('ui.compare.diff.title')}</h2>
      <div className="diff-pickers">
        {picker('compare-diff-left', left, t('ui.compare.diff.left'), (paneId) => setPair([paneId, right]))}
        {picker('compare-diff-right', right, t('ui.compare.diff.right'), (paneId) => setPair([left, paneId]))}
      </div>
      {/* Keyed by the pair: each pane's answer is read through its own store's hook. */}
      <DiffBody
        key={`${left}:${right}`}
        left={left}
        right={right}
        leftLabel={labelOf(left)}
        rightLabel={labelOf(right)}
      />
    </section>
  );
}

function DiffBody(props: { left: string; right: string; leftLabel: string; rightLabel: string }) {
  const { t, i18n } = useTranslation();
  const left = usePaneAnswer(props.left);
  const right = usePaneAnswer(props.right);
  const leftText = left.state === 'ready' ? left.text : undefined;
  const rightText = right.state === 'ready' ? right.text : undefined;
  const diff = useWordDiff(leftText, rightText, i18n.language);

  if (left.state === 'running' || right.state === 'running') {
    return (
      <p className="field-help" role="status">
        {t('ui.compare.diff.waiting')}
      </p>
    );
  }
  if (diff.state === 'none') return <p className="field-help">{t('ui.compare.diff.missing')}</p>;
  if (diff.state === 'computing') {
    return (
      <p className="field-help" role="status">
        {t('ui.compare.diff.computing')}
      </p>
    );
  }
  if (diff.state === 'too-different')
    return <p className="field-help">{t('ui.compare.diff.tooDifferent')}</p>;
  const { changes } = diff;
  const removed = changes.filter((change) => change.removed).reduce((sum, change) => sum + change.count, 0);
  const added = changes.filter((change) => change.added).reduce((sum, change) => sum + change.count, 0);
  if (removed === 0 && added === 0) return <p className="field-help">{t('ui.compare.diff.identical')}</p>;
  // Screen readers do not announce <ins> and <del>; these words, hidden from sight, say where each starts.
  const marks = {
    deletion: t('ui.compare.diff.changeStart', { pane: props.leftLabel }),
    insertion: t('ui.compare.diff.changeStart', { pane: props.rightLabel }),
    end: t('ui.compare.diff.changeEnd'),
  };

  return (
    <>
      <p className="diff-legend">
        <del>{t('ui.compare.diff.onlyIn', { pane: props.leftLabel })}</del>{' '}
        <ins>{t('ui.compare.diff.onlyIn', { pane: props.rightLabel })}</ins>{' '}
        <span className="field-help" data-testid="diff-counts">
          {t('ui.compare.diff.counts', { removed, added, left: props.leftLabel, right: props.rightLabel })}
        </span>
      </p>
      <div className="diff-text" data-testid="answer-diff">
        {changes.map((change, index) =>
          change.added ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is redrawn whole, never reordered.
            <ins key={index} data-start={marks.insertion} data-end={marks.end}>
              {change.value}
            </ins>
          ) : change.removed ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is redrawn whole, never reordered.
            <del key={index} data-start={marks.deletion} data-end={marks.end}>
              {change.value}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is redrawn whole, never reordered.
            <span key={index}>{change.value}</span>
          ),
        )}
      </div>
    </>
  );
}
