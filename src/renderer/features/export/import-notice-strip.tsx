import { useTranslation } from 'react-i18next';
import { useImportNotice } from './import-notice-store.ts';

/** Above the composer after an import: where it went, what was made or saved, and every note. */
export function ImportNoticeStrip() {
  const { t } = useTranslation();
  const notice = useImportNotice((state) => state.notice);
  const dismiss = useImportNotice((state) => state.dismiss);
  if (!notice) return null;
  const profile = notice.profileName;
  return (
    <section className="import-strip" aria-label={t('ui.importCurl.strip.label')}>
      <div className="import-strip-text" role="status">
        <p>
          <strong>{t('ui.importCurl.strip.imported', { profile })}</strong>
          {notice.createdProfile && <> {t('ui.importCurl.strip.createdProfile', { profile })}</>}
          {notice.keySaved && <> {t('ui.importCurl.strip.keySaved', { profile })}</>}
        </p>
        {notice.notes.length > 0 && (
          <ul>
            {notice.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={dismiss}>
        {t('ui.importCurl.strip.dismiss')}
      </button>
    </section>
  );
}
