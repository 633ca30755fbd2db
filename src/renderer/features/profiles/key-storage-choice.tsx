import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const storageChoiceTitleId = 'key-storage-choice-title';

/**
 * Shown before a key is saved where stored keys cannot be protected (Linux without a keyring,
 * Electron's basic_text): it says so plainly and lets the user decide how the key is kept. The
 * safe choices come first; storing anyway is last and says what it costs.
 */
export function KeyStorageChoice(props: {
  /** The variable the profile's SDK reads its key from, when there is one. */
  environmentVariable: string | undefined;
  busy: boolean;
  onStore(): void;
  onKeepForSession(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [showEnvironment, setShowEnvironment] = useState(false);
  const variable = props.environmentVariable;
  return (
    <section
      className="storage-choice"
      aria-labelledby={storageChoiceTitleId}
      data-testid="key-storage-choice"
    >
      <h3 id={storageChoiceTitleId}>{t('ui.keys.storage.title')}</h3>
      <p>{t('ui.keys.storage.body')}</p>
      <p className="storage-choose">{t('ui.keys.storage.choose')}</p>
      <ul className="storage-options">
        <li>
          <button
            type="button"
            onClick={props.onKeepForSession}
            disabled={props.busy}
            aria-describedby="key-storage-session-help"
          >
            {t('ui.keys.storage.sessionOnly')}
          </button>
          <span className="field-help" id="key-storage-session-help">
            {t('ui.keys.storage.sessionHelp')}
          </span>
        </li>
        <li>
          <button
            type="button"
            aria-expanded={showEnvironment}
            aria-controls="key-storage-environment"
            aria-describedby="key-storage-environment-help"
            onClick={() => setShowEnvironment(!showEnvironment)}
            // Without a variable that the host reads for this profile, there is nothing to set.
            disabled={props.busy || !variable}
          >
            {t('ui.keys.storage.environment')}
          </button>
          <span className="field-help" id="key-storage-environment-help">
            {variable
              ? t('ui.keys.storage.environmentHelp', { variable })
              : t('ui.keys.storage.environmentNone')}
          </span>
          {showEnvironment && variable && (
            <div className="storage-environment" id="key-storage-environment">
              <p>{t('ui.keys.storage.environmentIntro', { variable })}</p>
              <p className="field-help">{t('ui.keys.storage.environmentShell')}</p>
              <pre className="code-block">{t('ui.keys.storage.environmentCommandShell', { variable })}</pre>
              <p className="field-help">{t('ui.keys.storage.environmentWindows')}</p>
              <pre className="code-block">{t('ui.keys.storage.environmentCommandWindows', { variable })}</pre>
            </div>
          )}
        </li>
        <li>
          <button
            type="button"
            className="danger-button"
            onClick={props.onStore}
            disabled={props.busy}
            aria-describedby="key-storage-store-help"
          >
            {t('ui.keys.storage.storeAnyway')}
          </button>
          <span className="field-help" id="key-storage-store-help">
            {t('ui.keys.storage.storeHelp')}
          </span>
        </li>
      </ul>
      <button
        type="button"
        className="link-button storage-cancel"
        onClick={props.onCancel}
        disabled={props.busy}
      >
        {t('ui.keys.storage.cancel')}
      </button>
    </section>
  );
}
