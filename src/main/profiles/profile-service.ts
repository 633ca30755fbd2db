import type { ParsedMethodInput } from '../../shared/contract.ts';
import type { Preset, ProfileSummary } from '../../shared/profile-schemas.ts';
import { type AppError, fail, ok, type Result } from '../../shared/result.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { makeError } from '../errors/make-error.ts';
import { findPreset, listPresets, presetIds } from '../presets/find-preset.ts';
import { inProcessMockLabel } from '../presets/preset-table.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { defaultProfileProxy, defaultTlsSettings } from '../settings/profile-network.ts';
import { applyProfileUpdate } from './apply-profile-update.ts';
import { checkBaseUrl, normalizeBaseUrl } from './base-url.ts';
import type { KeyStore } from './key-store.ts';
import type { MockEndpoint } from './mock-endpoint.ts';
import type { Profile } from './profile.ts';
import { toProfile } from './profile-from-record.ts';
import { maskProfileHeaders } from './profile-headers.ts';
import { newProfileId, newProfileName } from './profile-id.ts';
import { createProfileKeyMethods, type ProfileKeyMethods } from './profile-key-methods.ts';
import { builtInProfileIds, recordFromPreset } from './profile-seeds.ts';
import type { ProfileSettings } from './profile-settings.ts';

/** What a mock profile shows as its base URL before its server has been started by a first send. */
export const mockNotStartedBaseUrl = inProcessMockLabel;

export interface ResolvedTarget {
  profile: ProfileSummary;
  target: ProviderTarget;
  /** The profile's live key pool, for runChat's rotation; what one run learns, the next knows. */
  keys: KeyPool;
  /** Set instead of failing when the caller allowed a missing key (a connection test). */
  missingKey?: AppError;
  /** The variable the profile's key is read from, for exported code that must not hold the key. */
  keyEnvironmentVariable?: string;
  /** True when the base URL is the vendor's own default (exported SDK code can leave it out). */
  defaultBaseUrl: boolean;
}

export interface TargetOverrides {
  /** A one-off base URL, not saved. */
  baseUrl?: string;
  /** Resolve even without a required key; the would-be error comes back as missingKey. */
  allowMissingKey?: boolean;
  /** Where no profile has the id, take a preset of that id as a throwaway profile (the CLI's --provider). */
  allowPreset?: boolean;
}

export interface ProfileService extends ProfileKeyMethods {
  list(): ProfileSummary[];
  presets(): Preset[];
  create(input: ParsedMethodInput<'profiles.create'>): Result<ProfileSummary>;
  update(input: ParsedMethodInput<'profiles.update'>): Result<ProfileSummary>;
  /** A profile that is not there is no error (deleted: false): a second click must not fail. */
  remove(profileId: string): Result<{ deleted: boolean }>;
  /** Where a request for this profile goes, starting the in-process mock if the profile needs it. */
  resolveTarget(profileId: string, overrides?: TargetOverrides): Promise<Result<ResolvedTarget>>;
}

export interface ProfileServiceOptions {
  settings: ProfileSettings;
  keys: KeyStore;
  mock: MockEndpoint;
  environment?: NodeJS.ProcessEnv;
}

export function createProfileService(options: ProfileServiceOptions): ProfileService {
  const { settings, keys, mock, environment = process.env } = options;

  const defaultBaseUrl = (profile: Profile): string | undefined => {
    const endpoint = profile.endpoint;
    if (endpoint.kind === 'in-process-mock') {
      const origin = mock.currentUrl();
      return origin ? `${origin}${endpoint.path}` : undefined;
    }
    const fromEnvironment = endpoint.environmentVariable
      ? environment[endpoint.environmentVariable]
      : undefined;
    return (fromEnvironment && normalizeBaseUrl(fromEnvironment)) || endpoint.url;
  };

  const summarize = (profile: Profile): ProfileSummary => {
    const fallback = profile.endpoint.kind === 'in-process-mock' ? mockNotStartedBaseUrl : '';
    const summary: ProfileSummary = {
      id: profile.id,
      name: profile.name,
      format: profile.format,
      baseUrl: profile.baseUrl ?? defaultBaseUrl(profile) ?? fallback,
      defaultModel: profile.defaultModel,
      models: [...profile.models],
      key: keys.status(profile),
      keys: keys.slots(profile),
      proxy: profile.proxy ?? defaultProfileProxy(profile),
      tls: profile.tls ?? { ...defaultTlsSettings },
      headers: maskProfileHeaders(profile.headers),
      prices: { ...profile.prices },
      builtIn: profile.builtIn,
    };
    if (profile.presetId !== undefined) summary.presetId = profile.presetId;
    return summary;
  };

  const unknownProfile = (profileId: string, allowPreset: boolean) => {
    const profiles = settings
      .list()
      .map((record) => record.id)
      .join(', ');
    const error = allowPreset
      ? makeError('unknown-profile', {
          hintKey: 'choose-profile-or-preset',
          params: { profileId, profiles, presets: presetIds.join(', ') },
        })
      : makeError('unknown-profile', { hintKey: 'choose-profile', params: { profileId, profiles } });
    return fail<never>(error);
  };

  const find = (profileId: string): Result<Profile> => {
    const record = settings.list().find((candidate) => candidate.id === profileId);
    return record ? ok(toProfile(record)) : unknownProfile(profileId, false);
  };

  const findOrPreset = (profileId: string, allowPreset: boolean): Result<Profile> => {
    const found = find(profileId);
    if (found.ok || !allowPreset) return found;
    const preset = findPreset(profileId);
    if (!preset) return unknownProfile(profileId, true);
    // Never saved: a one-off run such as `promptwire send --provider deepseek`.
    return ok(toProfile(recordFromPreset(preset, preset.id, preset.name)));
  };

  return {
    ...createProfileKeyMethods(keys, find),

    list: () => settings.list().map((record) => summarize(toProfile(record))),
    presets: listPresets,

    create(input) {
      const preset = findPreset(input.presetId);
      if (!preset) {
        return fail(
          makeError('invalid-payload', {
            hintKey: 'choose-preset',
            params: {
              detail: `presetId: there is no preset "${input.presetId}"`,
              presets: presetIds.join(', '),
            },
          }),
        );
      }
      const records = settings.list();
      const name = input.name ?? newProfileName(preset.name, new Set(records.map((record) => record.name)));
      const id = newProfileId(name, preset.id, new Set(records.map((record) => record.id)));
      const record = recordFromPreset(preset, id, name);
      // New profiles go above the Local mocks, which stay at the end of the list.
      const firstBuiltIn = records.findIndex((candidate) => builtInProfileIds.includes(candidate.id));
      records.splice(firstBuiltIn < 0 ? records.length : firstBuiltIn, 0, record);
      settings.save(records);
      // A key typed for an earlier profile of this id must not carry over to the new one.
      keys.clear(id);
      return ok(summarize(toProfile(record)));
    },

    update(input) {
      const records = settings.list();
      const index = records.findIndex((candidate) => candidate.id === input.profileId);
      const record = records[index];
      if (!record) return unknownProfile(input.profileId, false);
      const profile = toProfile(record);
      const updated = applyProfileUpdate(record, input, { profile, defaultBaseUrl: defaultBaseUrl(profile) });
      if (!updated.ok) return updated;
      records[index] = updated.value;
      settings.save(records);
      return ok(summarize(toProfile(updated.value)));
    },

    remove(profileId) {
      const records = settings.list();
      const index = records.findIndex((candidate) => candidate.id === profileId);
      const record = records[index];
      if (!record) return ok({ deleted: false });
      const profile = toProfile(record);
      if (profile.builtIn) {
        return fail(
          makeError('invalid-payload', {
            hintKey: 'keep-built-in-profile',
            params: { detail: `profileId: ${profile.name} is built in` },
          }),
        );
      }
      records.splice(index, 1);
      settings.save(records);
      // A run already under way keeps the target and key it started with; nothing else needs them.
      keys.clear(profileId);
      return ok({ deleted: true });
    },

    async resolveTarget(profileId, overrides = {}) {
      const found = findOrPreset(profileId, overrides.allowPreset === true);
      if (!found.ok) return found;
      const profile = found.value;

      const key = keys.resolve(profile);
      let missingKey: AppError | undefined;
      if (!key && profile.key.requirement === 'required') {
        missingKey = makeError('missing-key', {
          hintKey: 'set-key',
          params: {
            profile: profile.name,
            envVariable: profile.key.environmentVariable ?? 'the API key variable',
          },
        });
        if (!overrides.allowMissingKey) return fail(missingKey);
      }

      const requested = overrides.baseUrl ?? profile.baseUrl;
      let baseUrl: string | undefined;
      if (requested !== undefined) {
        const checked = checkBaseUrl(requested, profile.baseUrlExample);
        if (!checked.ok) return fail(checked.error);
        baseUrl = checked.baseUrl;
      } else if (profile.endpoint.kind === 'in-process-mock') {
        try {
          baseUrl = `${await mock.ensureStarted()}${profile.endpoint.path}`;
        } catch (error) {
          const detail = `the local mock server could not start (${error instanceof Error ? error.message : String(error)})`;
          return fail(makeError('internal', { hintKey: 'retry-later', params: { detail } }));
        }
      } else {
        baseUrl = defaultBaseUrl(profile);
      }
      if (!baseUrl) {
        return fail(
          makeError('invalid-base-url', {
            hintKey: 'set-base-url',
            params: { baseUrl: '', example: profile.baseUrlExample },
          }),
        );
      }

      const target: ProviderTarget = { format: profile.format, baseUrl };
      if (key) target.apiKey = key.key;
      if (Object.keys(profile.headers).length > 0) target.headers = { ...profile.headers };
      return ok({
        profile: summarize(profile),
        target,
        keys: keys.pool(profile),
        ...(missingKey && { missingKey }),
        ...(profile.key.environmentVariable && { keyEnvironmentVariable: profile.key.environmentVariable }),
        defaultBaseUrl: requested === undefined && profile.endpoint.kind !== 'in-process-mock',
      });
    },
  };
}
