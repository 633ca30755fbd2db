import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RunProvider } from '../run/run-context.tsx';
import { useCompareStore } from './compare-store.ts';
import { PaneFields } from './pane-fields.tsx';
import { PaneMeasurementReporter } from './pane-measurement-reporter.tsx';
import { rankingOf, usePaneMeasurements } from './pane-measurements.ts';
import { PaneResult } from './pane-result.tsx';
import { PaneRunBar } from './pane-run-bar.tsx';
import { usePaneRunStore } from './pane-runs-context.tsx';
import { maximumPanes, minimumPanes, type PaneSettings } from './pane-settings.ts';

/**
 * One pane in its own RunProvider: the single view's response components read this pane's run
 * store and nothing else, so a delta in one pane redraws that pane's answer alone.
 */
export const ComparePane = memo(function ComparePane(props: {
  paneId: string;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const store = usePaneRunStore(props.paneId);
  const pane = useCompareStore((state) => state.panes.find((candidate) => candidate.id === props.paneId));
  if (!pane) return null;
  const number = props.index + 1;
  return (
    <RunProvider store={store}>
      <section
        className="compare-pane"
        aria-label={t('ui.compare.pane.label', {
          number,
          model: pane.model.trim() || t('ui.compare.pane.noModel'),
        })}
        data-testid="compare-pane"
      >
        <PaneHeader pane={pane} index={props.index} count={props.count} />
        <PaneFields pane={pane} />
        <PaneRunBar pane={pane} />
        <PaneMeasurementReporter paneId={pane.id} />
        <PaneResult pane={pane} number={number} />
      </section>
    </RunProvider>
  );
});

function PaneHeader(props: { pane: PaneSettings; index: number; count: number }) {
  const { t } = useTranslation();
  const { pane, index, count } = props;
  const number = index + 1;
  const duplicate = useCompareStore((state) => state.duplicatePane);
  const remove = useCompareStore((state) => state.removePane);
  const move = useCompareStore((state) => state.movePane);
  const fastest = usePaneMeasurements((state) => rankingOf(state.byPane).fastest.includes(pane.id));
  const cheapest = usePaneMeasurements((state) => rankingOf(state.byPane).cheapest.includes(pane.id));

  return (
    <div className="pane-header">
      <h2 className="pane-title">{t('ui.compare.pane.title', { number })}</h2>
      {fastest && (
        <span className="rank-badge badge-fastest" data-testid="pane-fastest">
          {t('ui.compare.pane.fastest')}
        </span>
      )}
      {cheapest && (
        <span className="rank-badge badge-cheapest" data-testid="pane-cheapest">
          {t('ui.compare.pane.cheapest')}
        </span>
      )}
      <div className="pane-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.compare.pane.moveLeft', { number })}
          title={t('ui.compare.pane.moveLeft', { number })}
          disabled={index === 0}
          onClick={() => move(pane.id, -1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.compare.pane.moveRight', { number })}
          title={t('ui.compare.pane.moveRight', { number })}
          disabled={index === count - 1}
          onClick={() => move(pane.id, 1)}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.compare.pane.duplicate', { number })}
          title={t('ui.compare.pane.duplicateTitle', { max: maximumPanes })}
          disabled={count >= maximumPanes}
          onClick={() => duplicate(pane.id)}
        >
          +
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.compare.pane.remove', { number })}
          title={t('ui.compare.pane.removeTitle', { min: minimumPanes })}
          disabled={count <= minimumPanes}
          onClick={() => remove(pane.id)}
        >
          ×
        </button>
      </div>
    </div>
  );
}
