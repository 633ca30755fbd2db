import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from './use-app-info.ts';

/**
 * What the host noticed while opening its files (a corrupt settings file moved aside, values it
 * had to drop): the user must learn that something they saved was not used, and where the copy is.
 */
export function NoticesBanner() {
  const { t } = useTranslation();
  const notices = useAppInfo().data?.notices ?? [];
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <section className="notices-banner" aria-label={t('ui.notices.label')}>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('ui.notices.dismiss')}
      </button>
    </section>
  );
}
