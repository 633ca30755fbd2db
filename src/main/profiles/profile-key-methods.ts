import type { KeySlot, KeyWarning, ProfileSummary } from '../../shared/profile-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { makeError } from '../errors/make-error.ts';
import { checkKey, refusePastedKey } from './key-checks.ts';
import type { KeyStorage, KeyStore } from './key-store.ts';
import type { Profile } from './profile.ts';

/** The key side of the profile service: keys live in the key store, by profile id. */
export interface ProfileKeyMethods {
  setKey(profileId: string, key: string): Result<ProfileSummary['key']>;
  clearKey(profileId: string): Result<ProfileSummary['key']>;
  /** Appends a key (stored unless `storage` says session) to the rotation; every key's slot. */
  addKey(profileId: string, key: string, storage?: KeyStorage): Result<KeySlot[]>;
  /** What looks wrong with a pasted key for this profile's format; nothing is stored. */
  checkKey(profileId: string, key: string): Result<KeyWarning[]>;
  /** One key of the profile by slot id, to test exactly that key. */
  findKey(profileId: string, keyId: string): Result<string>;
  removeKey(profileId: string, keyId: string): Result<KeySlot[]>;
  /** The live key pool a chat run of this profile uses. */
  keyPool(profileId: string): KeyPool | undefined;
}

export function createProfileKeyMethods(
  keys: KeyStore,
  find: (profileId: string) => Result<Profile>,
): ProfileKeyMethods {
  return {
    setKey(profileId, key) {
      const found = find(profileId);
      if (!found.ok) return found;
      // Saved exactly as typed or refused with the reason: never trimmed behind the user's back.
      const refused = refusePastedKey(key, found.value.format);
      if (refused) return fail(refused);
      keys.set(profileId, key);
      return ok(keys.status(found.value));
    },

    addKey(profileId, key, storage = 'stored') {
      const found = find(profileId);
      if (!found.ok) return found;
      const refused = refusePastedKey(key, found.value.format);
      if (refused) return fail(refused);
      keys.add(profileId, key, storage);
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

    checkKey(profileId, key) {
      const found = find(profileId);
      return found.ok ? ok(checkKey(key, found.value.format)) : found;
    },

    findKey(profileId, keyId) {
      const found = find(profileId);
      if (!found.ok) return found;
      const key = keys.find(found.value, keyId);
      if (key && key !== 'unreadable') return ok(key.key);
      const detail = `keyId: ${found.value.name} has no ${key ? 'readable ' : ''}key with the id ${keyId}`;
      return fail(
        makeError('invalid-payload', {
          hintKey: key ? 'choose-stored-key' : 'choose-key',
          params: { detail },
        }),
      );
    },

    keyPool(profileId) {
      const found = find(profileId);
      return found.ok ? keys.pool(found.value) : undefined;
    },

    clearKey(profileId) {
      const found = find(profileId);
      if (!found.ok) return found;
      keys.clear(profileId);
      return ok(keys.status(found.value));
    },
  };
}
