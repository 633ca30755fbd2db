import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const keepOutId = 'export-include-key-keep-out';

/**
 * "Include my API key": turning it on first asks, in place (a dialog over the Export dialog would
 * stack two modals), with the safe choice focused so a stray Enter keeps the key out.
 */
export function IncludeKeyToggle(props: {
  checked: boolean;
  needsKey: boolean;
  profileName: string;
  onChange(includeKey: boolean): void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const helpId = 'export-include-key-help';

  function toggle(checked: boolean): void {
    if (!checked) {
      props.onChange(false);
      return;
    }
    setAsking(true);
    requestAnimationFrame(() => document.getElementById(keepOutId)?.focus());
  }

  return (
    <div className="include-key">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.checked || asking}
          disabled={!props.needsKey || asking}
          aria-describedby={props.needsKey ? undefined : helpId}
          onChange={(event) => toggle(event.target.checked)}
        />
        {t('ui.export.includeKey.label')}
      </label>
      {!props.needsKey && (
        <p className="field-help" id={helpId}>
          {t('ui.export.includeKey.notNeeded')}
        </p>
      )}
      {asking && (
        <fieldset className="include-key-confirm">
          <legend>{t('ui.export.includeKey.confirmTitle')}</legend>
          <p>{t('ui.export.includeKey.confirmBody', { profile: props.profileName })}</p>
          <div className="include-key-actions">
            <button
              type="button"
              className="danger-button solid"
              onClick={() => {
                setAsking(false);
                props.onChange(true);
              }}
            >
              {t('ui.export.includeKey.confirm')}
            </button>
            <button type="button" id={keepOutId} onClick={() => setAsking(false)}>
              {t('ui.export.includeKey.keepOut')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}

/** Stays as long as the key is in the code: this is not a notice to read once and dismiss. */
export function IncludedKeyWarning() {
  const { t } = useTranslation();
  return (
    <p className="included-key-warning" role="alert">
      {t('ui.export.includeKey.warning')}
    </p>
  );
}
