import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendFollowUp } from './compare-actions.ts';
import { useCompareStore } from './compare-store.ts';
import { useAnyPaneRunning } from './pane-measurements.ts';
import { usePaneRuns } from './pane-runs-context.tsx';

/** Continues the conversation: every pane gets the follow-up after its own answer. */
export function FollowUpBar() {
  const { t } = useTranslation();
  const runs = usePaneRuns();
  const draft = useCompareStore((state) => state.followUpDraft);
  const setDraft = useCompareStore((state) => state.setFollowUpDraft);
  const running = useAnyPaneRunning();
  // A follow-up continues answers: without any in the current round there is nothing to continue.
  const hasAnswer = useCompareStore((state) =>
    state.panes.some((pane) => (pane.answers[state.followUps.length] ?? '') !== ''),
  );
  const blocked = running || !hasAnswer;
  const reason = running
    ? t('ui.compare.followUp.waitForPanes')
    : hasAnswer
      ? ''
      : t('ui.compare.followUp.needsAnswer');

  function send(): void {
    if (!blocked) sendFollowUp(runs);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    // Here Ctrl/Cmd+Enter sends the follow-up, not the whole comparison again.
    event.preventDefault();
    event.stopPropagation();
    send();
  }

  return (
    <div className="follow-up-bar">
      <label htmlFor="compare-follow-up">{t('ui.compare.followUp.label')}</label>
      <div className="follow-up-row">
        <textarea
          id="compare-follow-up"
          className="grow"
          rows={2}
          value={draft}
          placeholder={t('ui.compare.followUp.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={reason ? 'compare-follow-up-reason' : undefined}
        />
        <button type="button" className="send-button" disabled={blocked || !draft.trim()} onClick={send}>
          {t('ui.compare.followUp.send')}
        </button>
      </div>
      <p className="field-help" id="compare-follow-up-reason">
        {reason}
      </p>
    </div>
  );
}
