import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { fieldErrorText } from '../../lib/field-error-text.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { DeleteProfileButton } from './delete-profile-button.tsx';
import { HeaderRows } from './header-rows.tsx';
import { PriceRows } from './price-rows.tsx';
import {
  isDescribedEndpoint,
  type ProfileSettingsDraft,
  readSettingsDraft,
  settingsDraftOf,
  settingsIssueField,
} from './profile-settings-draft.ts';
import { settingsIssueText } from './settings-issue-text.ts';
import { SettingsTextField } from './settings-text-field.tsx';
import { modelSuggestions, useFetchedModels } from './use-fetched-models.ts';
import { useUpdateProfile } from './use-profiles.ts';

/** Name, endpoint, default model, extra headers and prices; saved together, or not at all. */
export function ProfileSettingsForm(props: { profile: ProfileSummary; onDone(): void; onDeleted(): void }) {
  const { t } = useTranslation();
  const { profile } = props;
  const updateProfile = useUpdateProfile();
  const composerModel = useDraftStore((state) => state.model);
  const setComposerText = useDraftStore((state) => state.setText);
  const fetched = useFetchedModels(profile.id).data;
  const [draft, setDraft] = useState<ProfileSettingsDraft>(() => settingsDraftOf(profile));
  const [showIssues, setShowIssues] = useState(false);
  const [hostError, setHostError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Asked for on a refused save; honoured once React has drawn the issues it names.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const reading = useMemo(() => readSettingsDraft(draft, profile), [draft, profile]);
  const hostField = hostError ? settingsIssueField(hostError, draft) : undefined;
  const issueOf = (field: string): string | undefined => {
    if (hostError && hostField === field) return fieldErrorText(hostError, t);
    return showIssues && !reading.ok ? settingsIssueText(reading.issues[field], t) : undefined;
  };

  function change(next: ProfileSettingsDraft): void {
    setDraft(next);
    setHostError(undefined);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (!reading.ok) {
      setShowIssues(true);
      setFocusRequest((count) => count + 1);
      return;
    }
    if (!reading.changed) {
      props.onDone();
      return;
    }
    setBusy(true);
    const result = await updateProfile(reading.update);
    setBusy(false);
    if (!result.ok) {
      setHostError(result.error);
      setFocusRequest((count) => count + 1);
      return;
    }
    // The composer follows a new default model unless the user had already typed another one.
    const { defaultModel } = reading.update;
    if (defaultModel && composerModel === profile.defaultModel) setComposerText('model', defaultModel);
    props.onDone();
  }

  const formIssue =
    hostError && hostField === 'form'
      ? [errorText(hostError, t).title, errorText(hostError, t).hint].filter(Boolean).join(' ')
      : showIssues && !reading.ok
        ? t('ui.profiles.settings.fixFields')
        : undefined;
  const suggestions = modelSuggestions(fetched, profile.models);
  return (
    <form ref={form} className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="dialog-body">
        <div className="settings-grid two">
          <SettingsTextField
            id="profile-settings-name"
            label={t('ui.profiles.settings.nameLabel')}
            value={draft.name}
            onChange={(name) => change({ ...draft, name })}
            issue={issueOf('name')}
          />
          <SettingsTextField
            id="profile-settings-default-model"
            label={t('ui.profiles.settings.defaultModelLabel')}
            value={draft.defaultModel}
            onChange={(defaultModel) => change({ ...draft, defaultModel })}
            issue={issueOf('defaultModel')}
            help={t('ui.profiles.settings.defaultModelHelp')}
            list="profile-settings-models"
            code
          />
        </div>
        <SettingsTextField
          id="profile-settings-base-url"
          label={t('ui.baseUrl.label')}
          type="url"
          value={draft.baseUrl}
          onChange={(baseUrl) => change({ ...draft, baseUrl })}
          issue={issueOf('baseUrl')}
          help={t(`ui.baseUrl.help.${profile.format}`)}
          placeholder={isDescribedEndpoint(profile.baseUrl) ? profile.baseUrl : undefined}
          code
        />
        <datalist id="profile-settings-models">
          {suggestions.map((model) => (
            <option key={model} value={model} />
          ))}
        </datalist>
        <HeaderRows
          rows={draft.headers}
          onChange={(headers) => change({ ...draft, headers })}
          issueOf={issueOf}
        />
        <PriceRows
          rows={draft.prices}
          onChange={(prices) => change({ ...draft, prices })}
          issueOf={issueOf}
          currentModel={composerModel}
        />
        <div className="profile-removal">
          {profile.builtIn ? (
            <p className="field-help">{t('ui.profiles.settings.builtIn')}</p>
          ) : (
            <DeleteProfileButton profile={profile} onDeleted={props.onDeleted} />
          )}
        </div>
      </div>
      <div className="dialog-footer">
        {formIssue && (
          <p className="field-issue form-issue" role="alert">
            {formIssue}
          </p>
        )}
        <button type="button" onClick={props.onDone} disabled={busy}>
          {t('ui.profiles.cancel')}
        </button>
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('ui.profiles.settings.saving') : t('ui.profiles.settings.save')}
        </button>
      </div>
    </form>
  );
}
