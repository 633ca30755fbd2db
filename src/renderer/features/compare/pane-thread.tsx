import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMarkdownView } from '../markdown/lazy-markdown-view.tsx';
import { useCompareStore } from './compare-store.ts';
import type { PaneSettings } from './pane-settings.ts';

/** An answer kept as text (an earlier round, or a reopened comparison), as the pane shows answers. */
export function AnswerText(props: { text: string; markdown: boolean }) {
  return props.markdown ? (
    <LazyMarkdownView text={props.text} />
  ) : (
    <div className="answer-text">{props.text}</div>
  );
}

/**
 * The rounds before the current one: this pane's answer, then the follow-up asked after it. It
 * changes only when a round ends, never while the current answer streams.
 */
export const PaneThread = memo(function PaneThread(props: { pane: PaneSettings }) {
  const { t } = useTranslation();
  const followUps = useCompareStore((state) => state.followUps);
  const { pane } = props;
  if (followUps.length === 0) return null;
  return (
    <ol className="pane-thread">
      {followUps.map((followUp, round) => {
        const answer = pane.answers[round] ?? '';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are only ever appended.
          <li key={round} className="thread-round">
            <div className="thread-answer">
              <span className="thread-label">
                {t('ui.compare.pane.answerOfRound', { number: round + 1 })}
              </span>
              {answer ? (
                <AnswerText text={answer} markdown={pane.view === 'markdown'} />
              ) : (
                <p className="answer-empty">{t('ui.compare.pane.noAnswer')}</p>
              )}
            </div>
            <div className="thread-follow-up">
              <span className="thread-label">{t('ui.compare.pane.followUp', { number: round + 1 })}</span>
              <div className="answer-text">{followUp}</div>
            </div>
          </li>
        );
      })}
    </ol>
  );
});

/** The current round's answer of a pane that has no run in this window: a reopened comparison. */
export function SavedAnswer(props: { pane: PaneSettings }) {
  const { t } = useTranslation();
  const { pane } = props;
  const answer = useCompareStore((state) => pane.answers[state.followUps.length] ?? '');
  if (!answer) return <p className="pane-empty">{t('ui.compare.pane.notSent')}</p>;
  return (
    <div className="answer saved-answer">
      <span className="thread-label">{t('ui.compare.pane.savedAnswer')}</span>
      <AnswerText text={answer} markdown={pane.view === 'markdown'} />
    </div>
  );
}
