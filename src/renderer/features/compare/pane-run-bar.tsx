import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog, type ExportSubject } from '../export/export-dialog.tsx';
import { useRun } from '../run/run-context.tsx';
import { isRunning } from '../run/run-store.ts';
import { paneExportSubject, runPane } from './compare-actions.ts';
import { useCompareStore } from './compare-store.ts';
import { usePaneRuns } from './pane-runs-context.tsx';
import type { AnswerView, PaneSettings } from './pane-settings.ts';

const views: AnswerView[] = ['markdown', 'plain'];

/**
 * Stream and display choices, then one button that is Send (or Rerun) while idle and Stop while
 * running: the same element, so a second press lands on Stop, as in the composer.
 */
export function PaneRunBar(props: { pane: PaneSettings }) {
  const { t } = useTranslation();
  const { pane } = props;
  const runs = usePaneRuns();
  const setStream = useCompareStore((state) => state.setPaneStream);
  const setView = useCompareStore((state) => state.setPaneView);
  const hasSavedAnswer = useCompareStore((state) => (pane.answers[state.followUps.length] ?? '') !== '');
  const running = useRun((state) => isRunning(state.transcript));
  const stopping = useRun((state) => state.stopping);
  const stop = useRun((state) => state.stop);
  const hasRun = useRun((state) => state.transcript !== undefined);
  const viewId = `pane-${pane.id}-view`;
  const [exporting, setExporting] = useState<ExportSubject>();

  return (
    <div className="pane-run-bar">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pane.stream}
          onChange={(event) => setStream(pane.id, event.target.checked)}
        />
        {t('ui.parameters.stream')}
      </label>
      {/* "Markdown" and "Plain text" say enough beside the answer; the label is for screen readers. */}
      <label className="visually-hidden" htmlFor={viewId}>
        {t('ui.compare.pane.view.label')}
      </label>
      <select
        id={viewId}
        className="pane-view-select"
        value={pane.view}
        onChange={(event) => setView(pane.id, event.target.value as AnswerView)}
      >
        {views.map((view) => (
          <option key={view} value={view}>
            {t(`ui.compare.pane.view.${view}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={running ? 'stop-button' : 'send-button'}
        title={running ? undefined : t('ui.compare.pane.sendTitle')}
        disabled={running && stopping}
        onClick={() => (running ? void stop() : runPane(runs, pane.id))}
      >
        {running
          ? t('ui.compare.pane.stop')
          : hasRun || hasSavedAnswer
            ? t('ui.compare.pane.rerun')
            : t('ui.compare.pane.send')}
      </button>
      {/* The pane's next request as curl or code, as the composer's Export does. */}
      <button
        type="button"
        title={t('ui.export.buttonTitle')}
        onClick={() => setExporting(paneExportSubject(pane.id))}
      >
        {t('ui.export.button')}
      </button>
      <ExportDialog subject={exporting} onClose={() => setExporting(undefined)} />
    </div>
  );
}
