import { randomBytes } from 'node:crypto';
import type { KeySlot, KeySource, KeyStatus, KeyStorageStatus } from '../../shared/profile-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { collectionSecretOwnerPrefix } from '../collections/collection-secrets.ts';
import type { SecretStore, UnreadableReason } from '../secrets/secret-store.ts';
import { createKeyPool, type KeyEntry, lastFourOf, pickCurrent, toKeySlot } from './key-rotation.ts';
import { createKeyWrites } from './key-writes.ts';
import type { Profile } from './profile.ts';
import { unreadableKeyProblems } from './unreadable-key-problems.ts';

export interface ResolvedKey {
  key: string;
  source: KeySource;
}

export type KeyRemoval = 'removed' | 'environment' | 'unknown';

/** stored: encrypted in the data directory, there after a restart; session: in memory only. */
export type KeyStorage = 'stored' | 'session';

/** A stored key that could not be decrypted: listed so the user can remove it, never used. */
export interface UnreadableKey {
  id: string;
  unreadable: UnreadableReason;
}

/** What the key store needs of a profile: its id and where its environment key comes from. */
export type KeyProfile = Pick<Profile, 'id' | 'key'>;

type AppKey = KeyEntry | UnreadableKey;

const isReadable = (key: AppKey): key is KeyEntry => !('unreadable' in key);

/**
 * API keys and their health. A profile's keys rotate in this order: keys added in the app first
 * (the user chose them just now, so a variable they may have forgotten must not shadow them), then
 * the environment's. App keys are stored (encrypted on disk by a SecretStore, decrypted once when
 * the store opens) or kept for the session; nothing outside the main process sees more than a
 * KeySlot or a KeyStatus.
 *
 * Changes apply in memory at once and reach the disk in order behind them; `flush` waits for the
 * disk and says if it failed. A key whose save failed stays for the session and shows as such.
 */
export interface KeyStore {
  /** Resolves once the stored keys are loaded; call before anything else. Never rejects. */
  ready(): Promise<void>;
  /** The key a request would use now, the same one `status` describes. */
  resolve(profile: KeyProfile): ResolvedKey | undefined;
  /** One key by slot id, for testing that key; 'unreadable' for a stored key that does not decrypt. */
  find(profile: KeyProfile, keyId: string): ResolvedKey | 'unreadable' | undefined;
  status(profile: KeyProfile): KeyStatus;
  slots(profile: KeyProfile): KeySlot[];
  /** The live pool runs use: what one run learns (a 429, a 401), the next one knows. */
  pool(profile: KeyProfile): KeyPool;
  /** Replaces the profile's app keys, stored and unreadable ones included, with this one, stored. */
  set(profileId: string, key: string): void;
  /** Appends a key to the rotation; a key already there is not listed twice but starts afresh. */
  add(profileId: string, key: string, storage?: KeyStorage): void;
  remove(profile: KeyProfile, keyId: string): KeyRemoval;
  /** Removes every app key, from disk too; the environment's stays. */
  clear(profileId: string): void;
  /** Waits for the disk writes so far; the first failure since the last flush, if any. */
  flush(): Promise<AppError | undefined>;
  /** How stored keys are encrypted here; undefined when this store keeps keys in memory only. */
  storage(): KeyStorageStatus | undefined;
  /** What the window should show about stored keys: files moved aside, keys needing re-entry. */
  problems(): AppError[];
}

/**
 * Without `secrets` every key is a session key (tests, and callers that never persist). With it,
 * stored keys load in the background: await `ready()` before using the store.
 */
export function createKeyStore(
  environment: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
  secrets?: SecretStore | Promise<SecretStore>,
): KeyStore {
  const appKeys = new Map<string, AppKey[]>();
  // Keyed by profile; replaced when the variable's value changes, so a new key starts healthy.
  const environmentKeys = new Map<string, KeyEntry>();
  const writes = createKeyWrites(secrets);
  // Profiles whose keys were replaced before the stored ones finished loading keep the replacement.
  const replacedBeforeLoad = new Set<string>();
  let loaded = secrets === undefined;
  const loading = writes.whenOpened(async (store) => {
    const opened = await store.load();
    for (const [profileId, stored] of opened) {
      // The same file holds collections' secret variables; they are no profile's API keys.
      if (profileId.startsWith(collectionSecretOwnerPrefix)) continue;
      if (replacedBeforeLoad.has(profileId)) continue;
      const keys: AppKey[] = stored.map((secret) =>
        'plain' in secret
          ? { id: secret.id, key: secret.plain, source: 'stored', state: 'unused' }
          : { id: secret.id, unreadable: secret.unreadable },
      );
      appKeys.set(profileId, [...keys, ...(appKeys.get(profileId) ?? [])]);
    }
    loaded = true;
  });

  const environmentEntry = (profile: KeyProfile): KeyEntry | undefined => {
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

  /** The profile's usable keys in rotation order: readable app keys, then the environment's. */
  const entries = (profile: KeyProfile): KeyEntry[] => {
    const typed = (appKeys.get(profile.id) ?? []).filter(isReadable);
    const fromEnvironment = environmentEntry(profile);
    const duplicate = fromEnvironment && typed.some((entry) => entry.key === fromEnvironment.key);
    return fromEnvironment && !duplicate ? [...typed, fromEnvironment] : typed;
  };

  const resolve = (profile: KeyProfile): ResolvedKey | undefined => {
    const entry = pickCurrent(entries(profile), now());
    return entry && { key: entry.key, source: entry.source };
  };

  const forgetStored = (profileId: string, ids: string[]) => {
    if (ids.length > 0) writes.enqueue((store) => store.remove(profileId, ids));
  };

  const append = (profileId: string, key: string, storage: KeyStorage) => {
    const current = appKeys.get(profileId) ?? [];
    // A key pasted again moves to the end as a new slot: the user says it is fixed, so what was
    // learnt about it (rejected, rate-limited) is dropped with its old id.
    const again = current.filter((candidate) => isReadable(candidate) && candidate.key === key);
    const kept = current.filter((candidate) => !again.includes(candidate));
    forgetStored(
      profileId,
      again.filter((entry) => isReadable(entry) && entry.source === 'stored').map((entry) => entry.id),
    );
    const entry = newEntry(key, storage === 'stored' && writes.persists ? 'stored' : 'session');
    kept.push(entry);
    appKeys.set(profileId, kept);
    if (entry.source !== 'stored') return;
    writes.enqueue(
      (store) => store.add(profileId, { id: entry.id, plain: key, addedAt: now() }),
      // Not on disk after all: say so rather than promise a key that will be gone after a restart.
      () => {
        entry.source = 'session';
      },
    );
  };

  const clearApp = (profileId: string) => {
    if (!loaded) replacedBeforeLoad.add(profileId);
    appKeys.delete(profileId);
    if (writes.persists) writes.enqueue((store) => store.removeProfile(profileId));
  };

  return {
    ready: () => loading,
    resolve,
    find(profile, keyId) {
      const appKey = appKeys.get(profile.id)?.find((candidate) => candidate.id === keyId);
      if (appKey) return isReadable(appKey) ? { key: appKey.key, source: appKey.source } : 'unreadable';
      const fromEnvironment = environmentEntry(profile);
      return fromEnvironment?.id === keyId ? { key: fromEnvironment.key, source: 'environment' } : undefined;
    },
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
      const storage = writes.storage();
      if (resolved.source === 'stored' && storage) status.backend = storage.backend;
      return status;
    },
    slots(profile) {
      const nowMs = now();
      const usable = new Set(entries(profile));
      const slots = (appKeys.get(profile.id) ?? []).map((appKey) =>
        isReadable(appKey) ? toKeySlot(appKey, nowMs) : unreadableSlot(appKey),
      );
      const fromEnvironment = environmentKeys.get(profile.id);
      if (fromEnvironment && usable.has(fromEnvironment)) slots.push(toKeySlot(fromEnvironment, nowMs));
      return slots;
    },
    pool: (profile) => createKeyPool(() => entries(profile), now),
    set(profileId, key) {
      clearApp(profileId);
      append(profileId, key, 'stored');
    },
    add: (profileId, key, storage = 'stored') => append(profileId, key, storage),
    remove(profile, keyId) {
      const current = appKeys.get(profile.id) ?? [];
      const index = current.findIndex((candidate) => candidate.id === keyId);
      if (index >= 0) {
        const [removed] = current.splice(index, 1);
        if (removed && (!isReadable(removed) || removed.source === 'stored'))
          forgetStored(profile.id, [keyId]);
        return 'removed';
      }
      return environmentEntry(profile)?.id === keyId ? 'environment' : 'unknown';
    },
    clear: clearApp,
    flush: () => writes.flush(),
    storage: () => writes.storage(),
    problems() {
      const reasons = [...appKeys.values()]
        .flat()
        .flatMap((key) => (isReadable(key) ? [] : [key.unreadable]));
      return [...writes.problems(), ...unreadableKeyProblems(reasons)];
    },
  };
}

function newEntry(key: string, source: KeySource): KeyEntry {
  return { id: `key_${randomBytes(9).toString('base64url')}`, key, source, state: 'unused' };
}

// The slot schema has no state for "cannot be decrypted"; rejected is the one that means "this key
// will not be used until it is replaced", which is what the user has to do.
function unreadableSlot(key: UnreadableKey): KeySlot {
  return { id: key.id, source: 'stored', state: 'unreadable' };
}
