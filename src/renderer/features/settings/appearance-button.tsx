import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppearanceSettings,
  languageChoiceSchema,
  themeChoiceSchema,
} from '../../../shared/appearance-schemas.ts';
import { errorSentence } from '../../lib/error-text.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useNetworkSettings, useSaveNetworkSettings } from '../network/use-network-settings.ts';
import { applyAppearance } from './apply-appearance.ts';

// Each language is named in itself, so whoever cannot read the current one still finds theirs.
const languageNames: Record<Exclude<AppearanceSettings['language'], 'system'>, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

/** The header's Appearance button and its dialog: language and theme, saved as they change. */
export function AppearanceButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('ui.appearance.open')}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        titleId="appearance-dialog-title"
        title={t('ui.appearance.title')}
        className="appearance-dialog"
      >
        <AppearanceForm />
      </ModalDialog>
    </>
  );
}

function AppearanceForm() {
  const { t } = useTranslation();
  const settings = useNetworkSettings();
  const save = useSaveNetworkSettings();
  const [problem, setProblem] = useState<string>();
  const appearance = settings.data?.appearance;
  if (!appearance) return <div className="dialog-body" />;

  const change = async (next: Partial<AppearanceSettings>) => {
    // Shown at once; the saved settings confirm it, or the old choice comes back with the reason.
    applyAppearance({ ...appearance, ...next });
    const result = await save({ appearance: next });
    if (result.ok) setProblem(undefined);
    else {
      applyAppearance(appearance);
      setProblem(errorSentence(result.error, t));
    }
  };

  return (
    <div className="dialog-body appearance-form">
      <label className="field-label" htmlFor="appearance-language">
        {t('ui.appearance.language')}
      </label>
      <select
        id="appearance-language"
        value={appearance.language}
        onChange={(event) => void change({ language: languageChoiceSchema.parse(event.target.value) })}
      >
        {languageChoiceSchema.options.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 'system' ? t('ui.appearance.system') : languageNames[choice]}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor="appearance-theme">
        {t('ui.appearance.theme')}
      </label>
      <select
        id="appearance-theme"
        value={appearance.theme}
        onChange={(event) => void change({ theme: themeChoiceSchema.parse(event.target.value) })}
      >
        {themeChoiceSchema.options.map((choice) => (
          <option key={choice} value={choice}>
            {t(`ui.appearance.themes.${choice}`)}
          </option>
        ))}
      </select>
      {problem && (
        <p className="field-issue" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
