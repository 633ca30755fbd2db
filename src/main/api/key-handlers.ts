import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { KeyStore } from '../profiles/key-store.ts';
import type { ProfileKeyMethods } from '../profiles/profile-key-methods.ts';
import type { Handlers } from './handlers.ts';

export type KeyHandlers = Pick<
  Handlers,
  'keys.set' | 'keys.clear' | 'keys.add' | 'keys.remove' | 'keys.check' | 'keys.storage'
>;

/**
 * The key methods of the contract. A change answers only once it is on disk: a key that could not
 * be saved is kept for the session, and the caller gets the reason instead of a success it would
 * lose at the next restart. Nothing here returns or logs a key; results are slots and statuses.
 */
export function createKeyHandlers(profiles: ProfileKeyMethods, keys: KeyStore): KeyHandlers {
  const saved = async <T>(result: Result<T>): Promise<Result<T>> => {
    const failure = await keys.flush();
    return failure && result.ok ? fail(failure) : result;
  };

  return {
    'keys.set': async ({ profileId, key }) => saved(profiles.setKey(profileId, key)),
    'keys.clear': async ({ profileId }) => saved(profiles.clearKey(profileId)),
    'keys.add': async ({ profileId, key, storage }) => saved(profiles.addKey(profileId, key, storage)),
    'keys.remove': async ({ profileId, keyId }) => saved(profiles.removeKey(profileId, keyId)),
    'keys.check': async ({ profileId, key }) => profiles.checkKey(profileId, key),
    'keys.storage': async () => {
      await keys.ready();
      const storage = keys.storage();
      const problems = keys.problems();
      if (storage) return ok(problems.length > 0 ? { ...storage, problems } : storage);
      const detail = 'keys cannot be saved on this computer; they are kept for this session only';
      return fail(problems[0] ?? makeError('internal', { hintKey: 'keychain-failed', params: { detail } }));
    },
  };
}
