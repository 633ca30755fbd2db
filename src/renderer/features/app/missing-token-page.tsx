import { useTranslation } from 'react-i18next';

/**
 * Browser mode opened by hand (a bookmark, a typed address, an old tab) without the per-run token
 * the host printed, and no valid cookie either. The client keeps retrying behind this page.
 */
export function MissingTokenPage() {
  const { t } = useTranslation();
  return (
    <main className="missing-token">
      <h1>{t('ui.missingToken.title')}</h1>
      <p>{t('ui.missingToken.body')}</p>
      <pre className="code-block">{t('ui.missingToken.example', { origin: location.origin })}</pre>
      <p>{t('ui.missingToken.restart')}</p>
    </main>
  );
}
