import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/error-text.ts';
import { appErrorOf } from '../profiles/use-profiles.ts';
import { NetworkSettingsForm } from './network-settings-form.tsx';
import { useNetworkSettings } from './use-network-settings.ts';

/**
 * A modal <dialog>: the browser traps focus, closes it on Escape and gives focus back to the
 * button that opened it. Its content mounts on open, so every opening starts from what is saved.
 */
export function NetworkSettingsDialog(props: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const settings = useNetworkSettings();
  const loadError = appErrorOf(settings.error);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      className="network-dialog"
      aria-labelledby="network-dialog-title"
      onClose={props.onClose}
    >
      {props.open && (
        <>
          <div className="dialog-header">
            <h2 id="network-dialog-title">{t('ui.network.dialogLabel')}</h2>
            <button
              type="button"
              className="icon-button"
              onClick={props.onClose}
              aria-label={t('ui.network.close')}
              title={t('ui.network.close')}
            >
              ×
            </button>
          </div>
          {settings.data ? (
            <NetworkSettingsForm saved={settings.data.network} onDone={props.onClose} />
          ) : loadError && !settings.isFetching ? (
            <div className="dialog-body">
              <p className="field-issue" role="alert">
                {t('ui.network.loadFailed')} {errorText(loadError, t).title}{' '}
                <button type="button" className="link-button" onClick={() => void settings.refetch()}>
                  {t('ui.provider.retry')}
                </button>
              </p>
            </div>
          ) : (
            <p className="dialog-body field-help">{t('ui.network.loading')}</p>
          )}
        </>
      )}
    </dialog>
  );
}
