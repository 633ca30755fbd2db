import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/bridge-context.tsx';
import { useOverlays } from '../commands/overlays-store.ts';
import { NetworkButton } from '../network/network-button.tsx';
import { AppearanceButton } from '../settings/appearance-button.tsx';
import { useAppInfo } from './use-app-info.ts';
import { ViewSwitch } from './view-switch.tsx';

export function AppHeader() {
  const { t } = useTranslation();
  const open = useConnection((state) => state.status === 'open');
  const info = useAppInfo();

  return (
    <header className="app-header">
      <h1 className="wordmark">{t('ui.app.title')}</h1>
      <ViewSwitch />
      {info.data && (
        <span className="app-info">
          {t('ui.app.version', { version: info.data.version })} ·{' '}
          {t(`ui.app.transports.${info.data.transport}`)}
        </span>
      )}
      <div className="header-actions">
        <button
          type="button"
          className="header-button"
          title={t('ui.commands.shortcutsButton')}
          aria-label={t('ui.commands.shortcutsTitle')}
          aria-haspopup="dialog"
          onClick={() => useOverlays.getState().show('shortcuts')}
        >
          ?
        </button>
        <AppearanceButton />
        <NetworkButton />
        <span
          className={open ? 'connection-dot open' : 'connection-dot'}
          title={open ? t('ui.connection.connected') : t('ui.connection.disconnected')}
          aria-hidden="true"
        />
      </div>
    </header>
  );
}
