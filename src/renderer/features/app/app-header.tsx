import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useBridge, useConnection } from '../../lib/bridge-context.tsx';

export function AppHeader() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const open = useConnection((state) => state.status === 'open');
  const info = useQuery({
    queryKey: ['app-info'],
    queryFn: async () => {
      const result = await bridge['app.info']({});
      return result.ok ? result.value : null;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <header className="app-header">
      <h1 className="wordmark">{t('ui.app.title')}</h1>
      {info.data && (
        <span className="app-info">
          {t('ui.app.version', { version: info.data.version })} ·{' '}
          {t(`ui.app.transports.${info.data.transport}`)}
        </span>
      )}
      <span
        className={open ? 'connection-dot open' : 'connection-dot'}
        title={open ? t('ui.connection.connected') : t('ui.connection.disconnected')}
        aria-hidden="true"
      />
    </header>
  );
}
