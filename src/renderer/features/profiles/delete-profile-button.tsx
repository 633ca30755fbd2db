import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { useDeleteProfile } from './use-profile-changes.ts';

/** Delete, then a confirmation in place of the button: deleting also forgets the profile's keys. */
export function DeleteProfileButton(props: { profile: ProfileSummary; onDeleted(): void }) {
  const { t } = useTranslation();
  const deleteProfile = useDeleteProfile();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const { profile } = props;

  async function confirm(): Promise<void> {
    setBusy(true);
    const result = await deleteProfile(profile.id);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    props.onDeleted();
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="danger-button"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => document.getElementById('delete-profile-keep')?.focus());
        }}
      >
        {t('ui.profiles.delete.button')}
      </button>
    );
  }
  const shown = error && errorText(error, t);
  return (
    <fieldset className="delete-confirm">
      <legend>{t('ui.profiles.delete.confirm', { name: profile.name })}</legend>
      <div className="delete-confirm-actions">
        <button type="button" className="danger-button solid" onClick={() => void confirm()} disabled={busy}>
          {busy ? t('ui.profiles.delete.deleting') : t('ui.profiles.delete.confirmButton')}
        </button>
        {/* Focus lands on the safe choice, so a stray Enter keeps the profile. */}
        <button
          type="button"
          id="delete-profile-keep"
          onClick={() => {
            setConfirming(false);
            setError(undefined);
          }}
          disabled={busy}
        >
          {t('ui.profiles.delete.keep')}
        </button>
      </div>
      {shown && (
        <p className="field-issue" role="alert">
          {[shown.title, shown.hint].filter(Boolean).join(' ')}
        </p>
      )}
    </fieldset>
  );
}
