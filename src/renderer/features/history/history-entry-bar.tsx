import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftStore } from '../composer/draft-store.ts';
import { ExportDialog } from '../export/export-dialog.tsx';
import { useRun } from '../run/run-context.tsx';
import { isRunning } from '../run/run-store.ts';

/** Above a reopened entry: when and where it was sent, and the two ways to use it again. */
export function HistoryEntryBar() {
  const { t, i18n } = useTranslation();
  const entry = useRun((state) => state.viewing);
  const start = useRun((state) => state.start);
  const running = useRun((state) => isRunning(state.transcript) && state.viewing === undefined);
  const load = useDraftStore((state) => state.load);
  const [exporting, setExporting] = useState(false);
  if (!entry) return null;
  const when = new Date(entry.startedAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <section className="history-entry-bar" aria-label={t('ui.history.entry.label')}>
      <div className="history-entry-text">
        <p>{t('ui.history.entry.from', { when, profile: entry.profileName })}</p>
        {entry.status === 'interrupted' && (
          <p className="history-entry-note">{t('ui.history.entry.interrupted')}</p>
        )}
        {entry.rawTruncated && <p className="history-entry-note">{t('ui.history.entry.rawTruncated')}</p>}
      </div>
      <button type="button" onClick={() => load(entry.profileId, entry.request)}>
        {t('ui.history.entry.openInComposer')}
      </button>
      {/* Through the entry's own profile, as it would be sent again by Resend. */}
      <button
        type="button"
        title={t('ui.export.buttonTitle')}
        aria-haspopup="dialog"
        onClick={() => setExporting(true)}
      >
        {t('ui.export.button')}
      </button>
      <ExportDialog
        subject={exporting ? { profileId: entry.profileId, request: entry.request } : undefined}
        onClose={() => setExporting(false)}
      />
      <button
        type="button"
        className="primary-button"
        disabled={running}
        onClick={() => void start(entry.profileId, entry.request)}
      >
        {t('ui.history.entry.resend')}
      </button>
    </section>
  );
}
