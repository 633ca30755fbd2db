import { useTranslation } from 'react-i18next';
import type { KeyWarningShown } from './use-key-check.ts';

export const fixSpacesButtonId = 'composer-add-key-fix-spaces';

/** Each problem of the key being added, with its fix; the mechanical one is a button, not a surprise. */
export function KeyWarnings(props: {
  id: string;
  warnings: KeyWarningShown[];
  profileName: string;
  onRemoveSpaces(): void;
}) {
  const { t } = useTranslation();
  if (props.warnings.length === 0) return null;
  return (
    <ul className="key-warnings" id={props.id} data-testid="key-warnings">
      {props.warnings.map((warning) => (
        <li key={warning.code} className="key-warning">
          <span>{t(`ui.keys.warnings.${warning.code}`, { name: props.profileName })}</span>
          {warning.code === 'surrounding-whitespace' && (
            <button
              type="button"
              id={fixSpacesButtonId}
              className="small-button"
              onClick={props.onRemoveSpaces}
            >
              {t('ui.keys.fixSpaces')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
