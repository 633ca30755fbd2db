import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { defaultProfileId, useDraftStore } from '../composer/draft-store.ts';
import { NewProfileDialog, ProfileSettingsDialog } from './profile-dialogs.tsx';
import { useProfiles } from './use-profiles.ts';

/** "Settings" and "New" beside the Provider select, and the dialogs they open. */
export function ProfileActions(props: { profile: ProfileSummary | undefined; onNotice(text: string): void }) {
  const { t } = useTranslation();
  const { profile, onNotice } = props;
  const [open, setOpen] = useState<'new' | 'settings'>();
  const selectProfile = useDraftStore((state) => state.selectProfile);
  const profiles = useProfiles().data ?? [];

  function created(next: ProfileSummary): void {
    setOpen(undefined);
    selectProfile(next);
    onNotice(t('ui.profiles.created', { name: next.name }));
    // A new profile's next step is its endpoint; the dialog gives focus back first, then it moves.
    requestAnimationFrame(() => document.getElementById('composer-base-url')?.focus());
  }

  function deleted(): void {
    const name = profile?.name ?? '';
    setOpen(undefined);
    const fallback = profiles.find((candidate) => candidate.id === defaultProfileId) ?? profiles[0];
    if (fallback) selectProfile(fallback);
    onNotice(t('ui.profiles.delete.deleted', { name }));
    // The dialog vanished with its profile, so focus has to be put somewhere on purpose.
    requestAnimationFrame(() => document.getElementById('composer-provider')?.focus());
  }

  return (
    <>
      <button
        type="button"
        className="provider-action"
        aria-label={t('ui.profiles.settingsLabel')}
        aria-haspopup="dialog"
        disabled={!profile}
        onClick={() => setOpen('settings')}
      >
        {t('ui.profiles.settingsButton')}
      </button>
      <button
        type="button"
        className="provider-action"
        aria-label={t('ui.profiles.newLabel')}
        aria-haspopup="dialog"
        onClick={() => setOpen('new')}
      >
        {t('ui.profiles.newButton')}
      </button>
      <NewProfileDialog open={open === 'new'} onClose={() => setOpen(undefined)} onCreated={created} />
      {profile && (
        <ProfileSettingsDialog
          profile={profile}
          open={open === 'settings'}
          onClose={() => setOpen(undefined)}
          onDeleted={deleted}
        />
      )}
    </>
  );
}
