import { existsSync } from 'node:fs';
import { collectionRequestSchema } from '../../shared/collection-contract.ts';
import { fail, ok } from '../../shared/result.ts';
import {
  collectionFailure,
  requestExists,
  requestGone,
  unknownEnvironment,
  variableBothKinds,
} from '../collections/collection-errors.ts';
import {
  DamagedCollectionFile,
  deleteSavedRequest,
  environmentPath,
  readSavedRequest,
  savedRequestExists,
  savedRequestPath,
  writeCollectionFile,
  writeEnvironment,
  writeSavedRequest,
} from '../collections/collection-folder.ts';
import type { CollectionLibrary } from '../collections/collection-library.ts';
import type { Handlers } from './handlers.ts';

type CollectionMethods =
  | 'collections.list'
  | 'collections.open'
  | 'collections.close'
  | 'collections.getRequest'
  | 'collections.saveRequest'
  | 'collections.deleteRequest'
  | 'collections.setEnvironment'
  | 'collections.saveVariables';

export function createCollectionHandlers(library: CollectionLibrary): Pick<Handlers, CollectionMethods> {
  return {
    'collections.list': async () => ok(await library.list()),
    'collections.open': async ({ folder, name }) => library.open(folder, name),
    'collections.close': async ({ collectionId }) => library.close(collectionId),

    'collections.getRequest': async ({ collectionId, path }) => {
      const found = library.find(collectionId);
      if (!found.ok) return found;
      const { folder } = found.value.entry;
      const action = `the saved request "${path}" could not be read`;
      try {
        if (!savedRequestExists(folder, path)) return fail(requestGone(path));
        const {
          promptwire: _kind,
          version: _version,
          profileId,
          ...request
        } = readSavedRequest(folder, path);
        // The file's fields are looser than what the composer sends (a hand edit, an older version).
        const checked = collectionRequestSchema.safeParse({ profileId, request });
        if (checked.success) return ok(checked.data);
        const issue = checked.error.issues[0];
        const field = issue?.path.slice(1).map(String).join('.') || 'profileId';
        const reason = `the field "${field}" is wrong: ${issue?.message ?? 'unexpected content'}`;
        throw new DamagedCollectionFile(savedRequestPath(folder, path), reason);
      } catch (error) {
        return fail(collectionFailure(error, folder, action));
      }
    },

    'collections.saveRequest': async ({ collectionId, path, saved, replace }) => {
      const found = library.find(collectionId);
      if (!found.ok) return found;
      const { folder } = found.value.entry;
      try {
        // Checked just before writing: a file another person added through git is not lost either.
        if (replace !== true && savedRequestExists(folder, path)) return fail(requestExists(path));
        writeSavedRequest(folder, path, {
          promptwire: 'request',
          version: 1,
          profileId: saved.profileId,
          ...saved.request,
        });
      } catch (error) {
        return fail(collectionFailure(error, folder, `the request "${path}" could not be saved`));
      }
      return library.view(collectionId);
    },

    'collections.deleteRequest': async ({ collectionId, path }) => {
      const found = library.find(collectionId);
      if (!found.ok) return found;
      const { folder } = found.value.entry;
      try {
        // One already gone is no error: a second click, or a deletion that came through git.
        deleteSavedRequest(folder, path);
      } catch (error) {
        return fail(collectionFailure(error, folder, `the request "${path}" could not be deleted`));
      }
      return library.view(collectionId);
    },

    'collections.setEnvironment': async ({ collectionId, environment }) => {
      const found = library.find(collectionId);
      if (!found.ok) return found;
      const known = Object.keys(found.value.contents.environments);
      if (environment !== null && !known.includes(environment)) {
        return fail(unknownEnvironment(environment, known.sort()));
      }
      const chosen = library.choose(found.value, environment ?? undefined);
      if (!chosen.ok) return chosen;
      return library.view(collectionId);
    },

    'collections.saveVariables': async ({ collectionId, environment, variables, secrets }) => {
      const found = library.find(collectionId);
      if (!found.ok) return found;
      const { entry, contents } = found.value;
      // A name listed twice keeps its last value, as a form sent twice would.
      const given = new Map(secrets.map((secret) => [secret.name, secret.value]));
      const secretNames = [...given.keys()];
      const both = secretNames.filter((name) => Object.hasOwn(variables, name));
      if (both.length > 0) return fail(variableBothKinds(both));
      const before =
        environment === undefined
          ? contents.collection.secretVariables
          : (contents.environments[environment]?.secretVariables ?? []);
      if (environment !== undefined && !Object.hasOwn(contents.environments, environment)) {
        // An environment file that is there but unreadable is not replaced by a new one.
        const file = environmentPath(entry.folder, environment);
        if (existsSync(file)) {
          const why = contents.problems.find((problem) => problem.startsWith(`${file}: `));
          const damaged = new DamagedCollectionFile(file, why?.slice(file.length + 2) ?? 'it cannot be read');
          return fail(collectionFailure(damaged, entry.folder, 'the variables could not be saved'));
        }
      }
      const set: Record<string, string> = {};
      for (const [name, value] of given) if (value !== undefined) set[name] = value;
      try {
        // Values first: if the key store refuses them, the folder still says what it said.
        await library.secrets.change(
          collectionId,
          { environment },
          { set, removed: before.filter((name) => !given.has(name)) },
        );
        const scope = { variables, secretVariables: secretNames };
        if (environment === undefined)
          writeCollectionFile(entry.folder, { ...contents.collection, ...scope });
        else writeEnvironment(entry.folder, environment, { promptwire: 'environment', version: 1, ...scope });
      } catch (error) {
        return fail(collectionFailure(error, entry.folder, 'the variables could not be saved'));
      }
      return library.view(collectionId);
    },
  };
}
