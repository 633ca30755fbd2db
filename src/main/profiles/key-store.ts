import { randomBytes } from 'node:crypto';
import type { KeySlot, KeyStatus } from '../../shared/profile-schemas.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import type { BuiltInProfile } from './built-in-profiles.ts';
import { createKeyPool, type KeyEntry, lastFourOf, pickCurrent, toKeySlot } from './key-rotation.ts';

export interface ResolvedKey {
  key: string;
  source: 'environment' | 'session';
}

export type KeyRemoval = 'removed' | 'environment' | 'unknown';

/**
 * API keys and their health. A profile's keys rotate in this order: keys typed in the app first
 * (the user chose them just now, so a variable they may have forgotten must not shadow them), then
 * the environment's. Typed keys live in this process's memory only until secure storage exists;
 * nothing outside the main process sees more than a KeySlot or a KeyStatus.
 */
export interface KeyStore {
  /** The key a request would use now, the same one `status` describes. */
  resolve(profile: BuiltInProfile): ResolvedKey | undefined;
  status(profile: BuiltInProfile): KeyStatus;
  slots(profile: BuiltInProfile): KeySlot[];
  /** The live pool runs use: what one run learns (a 429, a 401), the next one knows. */
  pool(profile: BuiltInProfile): KeyPool;
  /** Replaces the profile's typed keys with this one. */
  set(profileId: string, key: string): void;
  /** Appends a key to the rotation; a key already there is not listed twice but starts afresh. */
  add(profileId: string, key: string): void;
  remove(profile: BuiltInProfile, keyId: string): KeyRemoval;
  /** Removes every typed key; the environment's stays. */
  clear(profileId: string): void;
}

export function createKeyStore(
  environment: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): KeyStore {
  const sessionKeys = new Map<string, KeyEntry[]>();
  // Keyed by profile; replaced when the variable's value changes, so a new key starts healthy.
  const environmentKeys = new Map<string, KeyEntry>();

  const environmentEntry = (profile: BuiltInProfile): KeyEntry | undefined => {
    const variable = profile.key.environmentVariable;
    // An empty variable (OPENAI_API_KEY= in a script) means "no key", not a key of zero characters.
    const value = variable ? environment[variable]?.trim() : undefined;
    if (!value) {
      environmentKeys.delete(profile.id);
      return undefined;
    }
    let entry = environmentKeys.get(profile.id);
    if (entry?.key !== value) {
      entry = newEntry(value, 'environment');
      environmentKeys.set(profile.id, entry);
    }
    return entry;
  };

  const entries = (profile: BuiltInProfile): KeyEntry[] => {
    const typed = sessionKeys.get(profile.id) ?? [];
    const fromEnvironment = environmentEntry(profile);
    const duplicate = fromEnvironment && typed.some((entry) => entry.key === fromEnvironment.key);
    return fromEnvironment && !duplicate ? [...typed, fromEnvironment] : [...typed];
  };

  const resolve = (profile: BuiltInProfile): ResolvedKey | undefined => {
    const entry = pickCurrent(entries(profile), now());
    return entry && { key: entry.key, source: entry.source };
  };

  return {
    resolve,
    status(profile) {
      const resolved = resolve(profile);
      if (!resolved) {
        return {
          configured: false,
          source: profile.key.requirement === 'not-needed' ? 'not-needed' : 'none',
        };
      }
      const status: KeyStatus = { configured: true, source: resolved.source };
      const lastFour = lastFourOf(resolved.key);
      if (lastFour !== undefined) status.lastFour = lastFour;
      return status;
    },
    slots: (profile) => entries(profile).map((entry) => toKeySlot(entry, now())),
    pool: (profile) => createKeyPool(() => entries(profile), now),
    set: (profileId, key) => void sessionKeys.set(profileId, [newEntry(key, 'session')]),
    add(profileId, key) {
      // A key pasted again moves to the end as a new slot: the user says it is fixed, so what was
      // learnt about it (rejected, rate-limited) is dropped with its old id.
      const typed = (sessionKeys.get(profileId) ?? []).filter((entry) => entry.key !== key);
      typed.push(newEntry(key, 'session'));
      sessionKeys.set(profileId, typed);
    },
    remove(profile, keyId) {
      const typed = sessionKeys.get(profile.id) ?? [];
      const index = typed.findIndex((entry) => entry.id === keyId);
      if (index >= 0) {
        typed.splice(index, 1);
        return 'removed';
      }
      return environmentEntry(profile)?.id === keyId ? 'environment' : 'unknown';
    },
    clear: (profileId) => void sessionKeys.delete(profileId),
  };
}

function newEntry(key: string, source: KeyEntry['source']): KeyEntry {
  return { id: `key_${randomBytes(9).toString('base64url')}`, key, source, state: 'unused' };
}

/** Keys are pasted; surrounding whitespace is a copy accident, whitespace inside is a broken key. */
export function cleanPastedKey(pasted: string): string | undefined {
  const key = pasted.trim();
  return key.length > 0 && !/[\s\p{Cc}]/u.test(key) ? key : undefined;
}
