import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkSettingsDialog } from './network-settings-dialog.tsx';
import { proxySummary } from './proxy-summary.ts';
import { useNetworkSettings } from './use-network-settings.ts';

/** Opens Network settings; beside it, how requests leave this machine, so that it is never a guess. */
export function NetworkButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const settings = useNetworkSettings();
  const summary = settings.data ? proxySummary(settings.data.network.proxy, t) : undefined;
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-label={t('ui.network.openLabel')}
        aria-describedby={summary ? 'network-summary' : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span>{t('ui.network.open')}</span>
        {summary && (
          <span className="header-button-detail" id="network-summary">
            {summary}
          </span>
        )}
      </button>
      <NetworkSettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
