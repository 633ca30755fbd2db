import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { NewProfileForm } from './new-profile-form.tsx';
import { ProfileSettingsForm } from './profile-settings-form.tsx';

export function NewProfileDialog(props: {
  open: boolean;
  onClose(): void;
  onCreated(profile: ProfileSummary): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={props.open}
      onClose={props.onClose}
      titleId="new-profile-title"
      title={t('ui.profiles.create.title')}
      className="profile-dialog"
    >
      <NewProfileForm onCreated={props.onCreated} onCancel={props.onClose} />
    </ModalDialog>
  );
}

export function ProfileSettingsDialog(props: {
  profile: ProfileSummary;
  open: boolean;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { profile } = props;
  return (
    <ModalDialog
      open={props.open}
      onClose={props.onClose}
      titleId="profile-settings-title"
      title={t('ui.profiles.settings.title')}
      subtitle={t('ui.profiles.settings.subtitle', {
        name: profile.name,
        format: t(`ui.profiles.formats.${profile.format}`),
      })}
      className="profile-dialog wide"
    >
      <ProfileSettingsForm
        key={profile.id}
        profile={profile}
        onDone={props.onClose}
        onDeleted={props.onDeleted}
      />
    </ModalDialog>
  );
}
