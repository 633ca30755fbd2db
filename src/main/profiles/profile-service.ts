import type { ParsedMethodInput } from '../../shared/contract.ts';
import type { KeySlot, ProfileSummary } from '../../shared/profile-schemas.ts';
import { type AppError, fail, ok, type Result } from '../../shared/result.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { makeError } from '../errors/make-error.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import {
  checkTlsSettings,
  defaultProfileProxy,
  defaultTlsSettings,
  mergeProfileProxy,
  sameSettings,
} from '../settings/profile-network.ts';
import { normalizeBaseUrl } from './base-url.ts';
import { type BuiltInProfile, builtInProfiles, findBuiltInProfile } from './built-in-profiles.ts';
import { cleanPastedKey, type KeyStore } from './key-store.ts';
import type { MockEndpoint } from './mock-endpoint.ts';
import type { ProfileSettings } from './profile-settings.ts';

/** What a mock profile shows as its base URL before its server has been started by a first send. */
export const mockNotStartedBaseUrl = 'in-process mock (starts on first send)';

export interface ResolvedTarget {
  profile: ProfileSummary;
  target: ProviderTarget;
  /** Set instead of failing when the caller allowed a missing key (a connection test). */
  missingKey?: AppError;
}

export interface TargetOverrides {
  /** A one-off base URL, not saved. */
  baseUrl?: string;
  /** Resolve even without a required key; the would-be error comes back as missingKey. */
  allowMissingKey?: boolean;
}

export interface ProfileService {
  list(): ProfileSummary[];
  update(input: ParsedMethodInput<'profiles.update'>): Result<ProfileSummary>;
  setKey(profileId: string, key: string): Result<ProfileSummary['key']>;
  clearKey(profileId: string): Result<ProfileSummary['key']>;
  /** Appends a key to the profile's rotation and returns every key's slot. */
  addKey(profileId: string, key: string): Result<KeySlot[]>;
  removeKey(profileId: string, keyId: string): Result<KeySlot[]>;
  /** The live key pool a chat run of this profile uses. */
  keyPool(profileId: string): KeyPool | undefined;
  /** Where a request for this profile goes, starting the in-process mock if the profile needs it. */
  resolveTarget(profileId: string, overrides?: TargetOverrides): Promise<Result<ResolvedTarget>>;
}

export interface ProfileServiceOptions {
  settings: ProfileSettings;
  keys: KeyStore;
  mock: MockEndpoint;
  environment?: NodeJS.ProcessEnv;
}

function brokenKey() {
  return fail<never>(
    makeError('invalid-payload', {
      hintKey: 'clean-key',
      params: { detail: 'key: the key contains spaces or line breaks' },
    }),
  );
}

export function createProfileService(options: ProfileServiceOptions): ProfileService {
  const { settings, keys, mock, environment = process.env } = options;

  const defaultBaseUrl = (profile: BuiltInProfile): string | undefined => {
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

  const summarize = (profile: BuiltInProfile): ProfileSummary => {
    const edit = settings.read(profile.id);
    return {
      id: profile.id,
      name: profile.name,
      format: profile.format,
      baseUrl: edit.baseUrl ?? defaultBaseUrl(profile) ?? mockNotStartedBaseUrl,
      defaultModel: edit.defaultModel ?? profile.defaultModel,
      models: [...profile.models],
      key: keys.status(profile),
      keys: keys.slots(profile),
      proxy: edit.proxy ?? defaultProfileProxy(profile),
      tls: edit.tls ?? { ...defaultTlsSettings },
      builtIn: true,
    };
  };

  const find = (profileId: string): Result<BuiltInProfile> => {
    const profile = findBuiltInProfile(profileId);
    if (profile) return ok(profile);
    return fail(
      makeError('unknown-profile', {
        hintKey: 'choose-profile',
        params: { profileId, profiles: builtInProfiles.map((candidate) => candidate.id).join(', ') },
      }),
    );
  };

  const invalidBaseUrl = (profile: BuiltInProfile, baseUrl: string) =>
    fail<never>(
      makeError('invalid-base-url', {
        hintKey: 'fix-base-url',
        params: { baseUrl, example: profile.baseUrlExample },
      }),
    );

  return {
    list: () => builtInProfiles.map(summarize),

    update(input) {
      const found = find(input.profileId);
      if (!found.ok) return found;
      const profile = found.value;
      const edit = { ...settings.read(profile.id) };
      if (input.baseUrl !== undefined) {
        const baseUrl = normalizeBaseUrl(input.baseUrl);
        if (!baseUrl) return invalidBaseUrl(profile, input.baseUrl);
        // Saving the default again removes the edit, so a later change of the default applies.
        edit.baseUrl = baseUrl === defaultBaseUrl(profile) ? undefined : baseUrl;
      }
      if (input.defaultModel !== undefined) {
        edit.defaultModel = input.defaultModel === profile.defaultModel ? undefined : input.defaultModel;
      }
      if (input.proxy !== undefined) {
        const proxyDefault = defaultProfileProxy(profile);
        const merged = mergeProfileProxy(edit.proxy ?? proxyDefault, input.proxy);
        if (!merged.ok) return fail(merged.error);
        edit.proxy = sameSettings(merged.proxy, proxyDefault) ? undefined : merged.proxy;
      }
      if (input.tls !== undefined) {
        const checked = checkTlsSettings(input.tls);
        if (!checked.ok) return fail(checked.error);
        edit.tls = sameSettings(checked.tls, defaultTlsSettings) ? undefined : checked.tls;
      }
      settings.write(profile.id, edit);
      return ok(summarize(profile));
    },

    setKey(profileId, key) {
      const found = find(profileId);
      if (!found.ok) return found;
      const cleaned = cleanPastedKey(key);
      if (!cleaned) return brokenKey();
      keys.set(profileId, cleaned);
      return ok(keys.status(found.value));
    },

    addKey(profileId, key) {
      const found = find(profileId);
      if (!found.ok) return found;
      const cleaned = cleanPastedKey(key);
      if (!cleaned) return brokenKey();
      keys.add(profileId, cleaned);
      return ok(keys.slots(found.value));
    },

    removeKey(profileId, keyId) {
      const found = find(profileId);
      if (!found.ok) return found;
      const profile = found.value;
      const removal = keys.remove(profile, keyId);
      if (removal === 'environment') {
        const envVariable = profile.key.environmentVariable ?? 'the API key variable';
        return fail(
          makeError('invalid-payload', {
            hintKey: 'remove-environment-key',
            params: { detail: `keyId: the key ${keyId} comes from ${envVariable}`, envVariable },
          }),
        );
      }
      if (removal === 'unknown') {
        return fail(
          makeError('invalid-payload', {
            hintKey: 'choose-key',
            params: { detail: `keyId: ${profile.name} has no key with the id ${keyId}` },
          }),
        );
      }
      return ok(keys.slots(profile));
    },

    keyPool(profileId) {
      const profile = findBuiltInProfile(profileId);
      return profile && keys.pool(profile);
    },

    clearKey(profileId) {
      const found = find(profileId);
      if (!found.ok) return found;
      keys.clear(profileId);
      return ok(keys.status(found.value));
    },

    async resolveTarget(profileId, overrides = {}) {
      const found = find(profileId);
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

      const requested = overrides.baseUrl ?? settings.read(profile.id).baseUrl;
      let baseUrl: string | undefined;
      if (requested !== undefined) {
        baseUrl = normalizeBaseUrl(requested);
        if (!baseUrl) return invalidBaseUrl(profile, requested);
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
      if (!baseUrl) return invalidBaseUrl(profile, '');

      const target: ProviderTarget = { format: profile.format, baseUrl };
      if (key) target.apiKey = key.key;
      return ok({ profile: summarize(profile), target, ...(missingKey && { missingKey }) });
    },
  };
}
