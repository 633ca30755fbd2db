import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { ErrorBox } from '../response/error-box.tsx';
import { maxNameLength } from './profile-settings-draft.ts';
import { usePresets } from './use-presets.ts';
import { useCreateProfile } from './use-profile-changes.ts';
import { appErrorOf } from './use-profiles.ts';

/** A preset to start from (its name, wire format and base URL) and an optional name. */
export function NewProfileForm(props: { onCreated(profile: ProfileSummary): void; onCancel(): void }) {
  const { t } = useTranslation();
  const presets = usePresets();
  const createProfile = useCreateProfile();
  const list = presets.data ?? [];
  const [chosenId, setChosenId] = useState<string>();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [unchosen, setUnchosen] = useState(false);
  const chosen = list.find((preset) => preset.id === chosenId);
  const loadError = appErrorOf(presets.error);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (!chosen) {
      setUnchosen(true);
      document.querySelector<HTMLInputElement>('input[name="new-profile-preset"]')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await createProfile(chosen.id, name.trim() || undefined);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    props.onCreated(result.value);
  }

  return (
    <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="dialog-body">
        <fieldset
          className="preset-fieldset"
          aria-describedby={unchosen ? 'new-profile-unchosen' : undefined}
        >
          <legend>{t('ui.profiles.create.presetsLegend')}</legend>
          {presets.isPending && <p className="field-help">{t('ui.profiles.create.presetsLoading')}</p>}
          {loadError && !presets.isFetching && (
            <p className="field-issue" role="alert">
              {t('ui.profiles.create.presetsFailed')} {errorText(loadError, t).title}{' '}
              <button type="button" className="link-button" onClick={() => void presets.refetch()}>
                {t('ui.provider.retry')}
              </button>
            </p>
          )}
          {list.length > 0 && (
            <div className="preset-list">
              {list.map((preset) => (
                <PresetChoice
                  key={preset.id}
                  preset={preset}
                  checked={preset.id === chosenId}
                  onChoose={() => {
                    setChosenId(preset.id);
                    setUnchosen(false);
                  }}
                />
              ))}
            </div>
          )}
          {unchosen && (
            <p className="field-issue" id="new-profile-unchosen">
              {t('ui.profiles.create.choosePreset')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="new-profile-name">{t('ui.profiles.create.nameLabel')}</label>
          <input
            id="new-profile-name"
            type="text"
            autoComplete="off"
            maxLength={maxNameLength}
            value={name}
            placeholder={chosen?.name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="new-profile-name-help"
          />
          <p className="field-help" id="new-profile-name-help">
            {t('ui.profiles.create.nameHelp')}
          </p>
        </div>
        {error && <ErrorBox error={error} status={error.status} partial={false} />}
      </div>
      <div className="dialog-footer">
        <button type="button" onClick={props.onCancel} disabled={busy}>
          {t('ui.profiles.cancel')}
        </button>
        <button type="submit" className="primary-button" disabled={busy || list.length === 0}>
          {busy ? t('ui.profiles.create.creating') : t('ui.profiles.create.create')}
        </button>
      </div>
    </form>
  );
}

function PresetChoice(props: { preset: Preset; checked: boolean; onChoose(): void }) {
  const { t } = useTranslation();
  const { preset } = props;
  const nameId = `preset-${preset.id}-name`;
  const detailId = `preset-${preset.id}-detail`;
  // Presets say only whether a key is required, which covers local servers and relays alike.
  const keyText = preset.keyEnvironmentVariable
    ? t('ui.profiles.create.keyVariable', { variable: preset.keyEnvironmentVariable })
    : preset.keyRequired
      ? undefined
      : t('ui.profiles.create.keyOptional');
  return (
    // The whole row is the click target; the radio is named by the preset's name alone and
    // described by the rest, so a screen reader does not read a URL as the name.
    <label className="preset-choice">
      <input
        type="radio"
        name="new-profile-preset"
        value={preset.id}
        checked={props.checked}
        onChange={props.onChoose}
        aria-labelledby={nameId}
        aria-describedby={detailId}
      />
      <span className="preset-text">
        <span className="preset-heading">
          <span className="preset-name" id={nameId}>
            {preset.name}
          </span>
          <span className="format-tag">{t(`ui.profiles.formats.${preset.format}`)}</span>
        </span>
        <span className="preset-detail" id={detailId}>
          {preset.baseUrl ? (
            <code className="preset-url">{preset.baseUrl}</code>
          ) : (
            <span>{t('ui.profiles.create.ownBaseUrl')}</span>
          )}
          {keyText && <span aria-hidden="true"> · </span>}
          {keyText && <span className="preset-key">{keyText}</span>}
        </span>
      </span>
    </label>
  );
}
