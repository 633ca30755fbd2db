import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { errorText } from '../../lib/error-text.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { ImportCurlButton } from '../export/import-curl-button.tsx';
import { BaseUrlField } from './base-url-field.tsx';
import { ConnectionSection } from './connection-section.tsx';
import { KeyList } from './key-list.tsx';
import { ProfileActions } from './profile-actions.tsx';
import { useProfileFreshness } from './use-profile-freshness.ts';
import { appErrorOf, useProfiles } from './use-profiles.ts';

const noticeMs = 5000;

/** Provider select with Settings and New beside it, then the selected profile's keys, base URL and connection. */
export function ProviderField() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const profileId = useDraftStore((state) => state.profileId);
  const selectProfile = useDraftStore((state) => state.selectProfile);
  const list = profiles.data ?? [];
  const profile = list.find((candidate) => candidate.id === profileId);
  const loadError = appErrorOf(profiles.error);
  const keyNotNeeded = profile?.key.source === 'not-needed';
  useProfileFreshness(profile?.keys);
  const [notice, setNotice] = useState<string>();
  // A confirmation, not a state: it goes once read, so it cannot go stale beside later changes.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), noticeMs);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div className="provider-group">
      <div className="field">
        <div className="label-row">
          <label htmlFor="composer-provider">{t('ui.provider.label')}</label>
          {profile?.tls.skipVerification && (
            // Stays as long as the setting does: this is not a notice to dismiss.
            <span
              className="warning-badge"
              id="composer-provider-tls"
              title={t('ui.provider.tlsUnverifiedTitle')}
            >
              {t('ui.provider.tlsUnverified')}
            </span>
          )}
          <ImportCurlButton />
        </div>
        <div className="input-row">
          <select
            id="composer-provider"
            value={profile ? profileId : ''}
            disabled={list.length === 0}
            aria-describedby={
              [
                keyNotNeeded && 'composer-provider-key',
                profile?.tls.skipVerification && 'composer-provider-tls',
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
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
          <ProfileActions profile={profile} onNotice={setNotice} />
        </div>
        {notice && (
          <p className="field-notice" role="status">
            {notice}
          </p>
        )}
        {keyNotNeeded && (
          <p className="field-help" id="composer-provider-key">
            {t('ui.keys.notNeeded')}
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
      {profile && !keyNotNeeded && <KeyList key={`keys-${profile.id}`} profile={profile} />}
      {profile && <BaseUrlField key={`base-url-${profile.id}`} profile={profile} />}
      {profile && <ConnectionSection key={`connection-${profile.id}`} profile={profile} />}
    </div>
  );
}

function optionText(profile: ProfileSummary, t: TFunction): string {
  if (profile.key.source === 'not-needed') return profile.name;
  const [only, ...others] = profile.keys;
  if (!only) return t('ui.provider.optionWithoutKey', { name: profile.name });
  if (others.length === 0 && only.lastFour) {
    return t('ui.provider.optionWithKey', { name: profile.name, lastFour: only.lastFour });
  }
  return t('ui.provider.optionWithKeys', { name: profile.name, count: profile.keys.length });
}
