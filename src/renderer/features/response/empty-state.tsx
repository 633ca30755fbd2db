import { useTranslation } from 'react-i18next';

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

export function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p className="empty-title">{t('ui.empty.title')}</p>
      <p>{t(isApple ? 'ui.empty.bodyApple' : 'ui.empty.body')}</p>
    </div>
  );
}
