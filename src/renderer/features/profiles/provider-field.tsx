import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { errorText } from '../../lib/error-text.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { ApiKeyField } from './api-key-field.tsx';
import { BaseUrlField } from './base-url-field.tsx';
import { KeyStatusText } from './key-status-text.tsx';
import { appErrorOf, useProfiles } from './use-profiles.ts';

/** Provider select, then the selected profile's key and base URL. */
export function ProviderField() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const profileId = useDraftStore((state) => state.profileId);
  const selectProfile = useDraftStore((state) => state.selectProfile);
  const list = profiles.data ?? [];
  const profile = list.find((candidate) => candidate.id === profileId);
  const loadError = appErrorOf(profiles.error);

  return (
    <div className="provider-group">
      <div className="field">
        <label htmlFor="composer-provider">{t('ui.provider.label')}</label>
        <select
          id="composer-provider"
          value={profile ? profileId : ''}
          disabled={list.length === 0}
          aria-describedby={profile ? 'composer-provider-key' : undefined}
          onChange={(event) => {
            const next = list.find((candidate) => candidate.id === event.target.value);
            if (next) selectProfile(next);
          }}
        >
          {list.length === 0 && <option value="">{t('ui.provider.loading')}</option>}
          {list.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {optionText(candidate, t)}
            </option>
          ))}
        </select>
        {profile && (
          <p className="field-help" id="composer-provider-key">
            <KeyStatusText status={profile.key} />
          </p>
        )}
        {loadError && !profiles.isFetching && (
          <p className="field-issue">
            {errorText(loadError, t).title}{' '}
            <button type="button" className="link-button" onClick={() => void profiles.refetch()}>
              {t('ui.provider.retry')}
            </button>
          </p>
        )}
      </div>
      {profile && profile.key.source !== 'not-needed' && (
        <ApiKeyField key={`key-${profile.id}`} profile={profile} />
      )}
      {profile && <BaseUrlField key={`base-url-${profile.id}`} profile={profile} />}
    </div>
  );
}

function optionText(profile: ProfileSummary, t: ReturnType<typeof useTranslation>['t']): string {
  if (profile.key.source === 'not-needed') return profile.name;
  if (profile.key.configured) {
    return t('ui.provider.optionWithKey', { name: profile.name, lastFour: profile.key.lastFour ?? '' });
  }
  return t('ui.provider.optionWithoutKey', { name: profile.name });
}
