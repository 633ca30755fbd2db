import type { KeyStatus } from '../../shared/profile-schemas.ts';
import type { BuiltInProfile } from './built-in-profiles.ts';

export interface ResolvedKey {
  key: string;
  source: 'environment' | 'session';
}

/**
 * API keys: a key typed in the app first (the user chose it just now, so it must not be silently
 * shadowed by a variable they may have forgotten), then the environment. Typed keys live in this
 * process's memory only until secure storage exists, and nothing but `status` describes them.
 */
export interface KeyStore {
  resolve(profile: BuiltInProfile): ResolvedKey | undefined;
  status(profile: BuiltInProfile): KeyStatus;
  set(profileId: string, key: string): void;
  clear(profileId: string): void;
}

export function createKeyStore(environment: NodeJS.ProcessEnv = process.env): KeyStore {
  const sessionKeys = new Map<string, string>();

  const resolve = (profile: BuiltInProfile): ResolvedKey | undefined => {
    const typed = sessionKeys.get(profile.id);
    if (typed) return { key: typed, source: 'session' };
    const variable = profile.key.environmentVariable;
    // An empty variable (OPENAI_API_KEY= in a script) means "no key", not a key of zero characters.
    const fromEnvironment = variable ? environment[variable]?.trim() : undefined;
    return fromEnvironment ? { key: fromEnvironment, source: 'environment' } : undefined;
  };

  return {
    resolve,
    status(profile) {
      const resolved = resolve(profile);
      if (!resolved)
        return {
          configured: false,
          source: profile.key.requirement === 'not-needed' ? 'not-needed' : 'none',
        };
      const status: KeyStatus = { configured: true, source: resolved.source };
      // A short key would be mostly revealed by its last four characters.
      if (resolved.key.length >= 12) status.lastFour = resolved.key.slice(-4);
      return status;
    },
    set: (profileId, key) => void sessionKeys.set(profileId, key),
    clear: (profileId) => void sessionKeys.delete(profileId),
  };
}

/** Keys are pasted; surrounding whitespace is a copy accident, whitespace inside is a broken key. */
export function cleanPastedKey(pasted: string): string | undefined {
  const key = pasted.trim();
  return key.length > 0 && !/[\s\p{Cc}]/u.test(key) ? key : undefined;
}
