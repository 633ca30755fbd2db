import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { errorText } from '../../lib/error-text.ts';
import { appErrorOf, trackProfileSave, useUpdateBaseUrl } from './use-profiles.ts';

/** Saved on blur or Enter; a rejected URL stays in the field, with the reason under it. */
export function BaseUrlField(props: { profile: ProfileSummary }) {
  const { t } = useTranslation();
  const { profile } = props;
  // A built-in endpoint (the in-process mock) is described in words, not a URL; showing that as a
  // placeholder keeps the field ready for a real URL instead of something to delete first.
  const describedEndpoint = !/^https?:\/\//i.test(profile.baseUrl);
  const savedValue = describedEndpoint ? '' : profile.baseUrl;
  const [value, setValue] = useState(savedValue);
  // Profiles are read again after every run; a URL the host changed (the mock's, once started)
  // replaces the field's text unless the user is in the middle of editing it.
  const [shownSaved, setShownSaved] = useState(savedValue);
  if (shownSaved !== savedValue) {
    setShownSaved(savedValue);
    if (value === shownSaved) setValue(savedValue);
  }
  const update = useUpdateBaseUrl();
  const error = appErrorOf(update.error);
  const shown = error ? errorText(error, t) : undefined;

  function commit(): void {
    const baseUrl = value.trim();
    if (baseUrl === savedValue) {
      update.reset();
      return;
    }
    trackProfileSave(
      update.mutateAsync({ profileId: profile.id, baseUrl }).then(
        () => true,
        () => false,
      ),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      commit();
    }
    if (event.key === 'Escape') {
      setValue(savedValue);
      update.reset();
    }
  }

  const helpId = 'composer-base-url-help';
  const issueId = 'composer-base-url-issue';
  return (
    <div className="field">
      <label htmlFor="composer-base-url">{t('ui.baseUrl.label')}</label>
      <input
        id="composer-base-url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={describedEndpoint ? profile.baseUrl : undefined}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${issueId} ${helpId}` : helpId}
      />
      {shown && (
        <p className="field-issue" id={issueId}>
          {[shown.title, shown.hint].filter(Boolean).join(' ')}
        </p>
      )}
      <p className="field-help" id={helpId}>
        {t(`ui.baseUrl.help.${profile.format}`)}
        {update.isPending && ` ${t('ui.baseUrl.saving')}`}
        {update.isSuccess && ` ${t('ui.baseUrl.saved')}`}
      </p>
    </div>
  );
}
