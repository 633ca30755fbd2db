import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { CollectionView } from '../../shared/collection-contract.ts';
import { collectionFileName, collectionFileSchema } from '../../shared/collection-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { describeError } from '../api/describe-error.ts';
import {
  collectionFailure,
  collectionNotOpen,
  describeFolderProblem,
  folderNotFullPath,
  folderUnreadable,
  notAFolder,
  openElsewhere,
  registryFailed,
} from './collection-errors.ts';
import { type CollectionContents, openCollectionFolder, readCollectionFolder } from './collection-folder.ts';
import type { CollectionRegistry, RegisteredCollection } from './collection-registry.ts';
import type { CollectionSecrets } from './collection-secrets.ts';
import { collectionView } from './collection-view.ts';

export interface OpenCollection {
  entry: RegisteredCollection;
  contents: CollectionContents;
}

export interface CollectionList {
  collections: CollectionView[];
  problems: { folder: string; problem: string; collectionId?: string }[];
}

/** The open collections of this machine: the registry's folders, read from disk on every call. */
export interface CollectionLibrary {
  readonly secrets: CollectionSecrets;
  list(): Promise<CollectionList>;
  open(folder: string, name?: string): Promise<Result<CollectionView>>;
  close(collectionId: string): Result<{ closed: boolean }>;
  find(collectionId: string): Result<OpenCollection>;
  /** The collection as it is on disk now, after a change. */
  view(collectionId: string): Promise<Result<CollectionView>>;
  /** Chooses the environment (undefined: none) of every registered folder of the collection. */
  choose(found: OpenCollection, environment: string | undefined): Result<void>;
}

/** One folder whatever way it was written: trailing slashes, `..`, links. */
function samePlace(left: string, right: string): boolean {
  if (resolve(left) === resolve(right)) return true;
  try {
    return realpathSync.native(left) === realpathSync.native(right);
  } catch {
    return false;
  }
}

/** Just the id, for recognising a folder: the rest of it is not read. */
function idIn(folder: string): string | undefined {
  try {
    const parsed = collectionFileSchema.safeParse(
      JSON.parse(readFileSync(join(folder, collectionFileName), 'utf8')),
    );
    return parsed.success ? parsed.data.id : undefined;
  } catch {
    return undefined;
  }
}

export function createCollectionLibrary(
  registry: CollectionRegistry,
  secrets: CollectionSecrets,
): CollectionLibrary {
  const viewOf = async ({ entry, contents }: OpenCollection): Promise<CollectionView> => {
    try {
      return collectionView(entry, contents, await secrets.values(contents.collection.id));
    } catch (error) {
      // The key store (the keychain) is unavailable: the rest of the collection still shows.
      const problem = `Secret values cannot be read on this machine now (${describeError(error)}); they show as not set. Unlock the system keychain and restart Promptwire.`;
      return collectionView(entry, contents, { problem });
    }
  };

  const updateRegistry = (
    change: (collections: RegisteredCollection[]) => RegisteredCollection[],
  ): Result<void> => {
    try {
      registry.update(change);
      return ok(undefined);
    } catch (error) {
      return fail(registryFailed(registry.path, error));
    }
  };

  const find = (collectionId: string): Result<OpenCollection> => {
    for (const entry of registry.read()) {
      // An entry whose id is known and differs is not read at all: most calls touch one folder.
      if (entry.id !== undefined && entry.id !== collectionId) continue;
      let contents: CollectionContents;
      try {
        contents = readCollectionFolder(entry.folder);
      } catch (error) {
        if (entry.id === collectionId) return fail(folderUnreadable(entry.folder, error));
        continue;
      }
      if (contents.collection.id === collectionId) return ok({ entry, contents });
    }
    return fail(collectionNotOpen(collectionId));
  };

  return {
    secrets,
    find,

    async view(collectionId) {
      const found = find(collectionId);
      return found.ok ? ok(await viewOf(found.value)) : found;
    },

    async list() {
      const listed: CollectionList = {
        collections: [],
        problems: [],
      };
      const shown = new Set<string>();
      const learnt = new Map<string, string>();
      for (const entry of registry.read()) {
        let contents: CollectionContents;
        try {
          contents = readCollectionFolder(entry.folder);
        } catch (error) {
          // It stays registered: a drive that is not mounted now may be back tomorrow.
          listed.problems.push({
            folder: entry.folder,
            problem: describeFolderProblem(entry.folder, error),
            ...(entry.id && { collectionId: entry.id }),
          });
          continue;
        }
        const { id } = contents.collection;
        if (entry.id !== id) learnt.set(entry.folder, id);
        // Two entries with one id (a list edited by hand) show once, as the first.
        if (shown.has(id)) continue;
        shown.add(id);
        listed.collections.push(await viewOf({ entry, contents }));
      }
      for (const problem of registry.takeProblems()) listed.problems.push({ folder: registry.path, problem });
      // Ids are remembered so that a folder that goes away can still be found by its id; a list
      // that cannot be written now only misses that, so it is not an error here.
      if (learnt.size > 0) {
        updateRegistry((current) =>
          current.map((entry) => ({ ...entry, id: learnt.get(entry.folder) ?? entry.id })),
        );
      }
      return listed;
    },

    async open(given, name) {
      if (!isAbsolute(given)) return fail(folderNotFullPath(given));
      const folder = resolve(given);
      if (existsSync(folder) && !statSync(folder).isDirectory()) return fail(notAFolder(folder));
      let contents: CollectionContents;
      try {
        contents = openCollectionFolder(folder, name);
      } catch (error) {
        return fail(collectionFailure(error, folder, `the collection in ${folder} could not be opened`));
      }
      const { id } = contents.collection;
      // The same collection registered from another place: still there, it is that one the user
      // has open; gone, this is where it moved, and its entry (its environment) follows it.
      let movedFrom: string | undefined;
      for (const entry of registry.read()) {
        if (samePlace(entry.folder, folder)) continue;
        const idThere = idIn(entry.folder);
        if (idThere === id) return fail(openElsewhere(folder, entry.folder));
        if (idThere === undefined && entry.id === id && !existsSync(join(entry.folder, collectionFileName))) {
          movedFrom = entry.folder;
        }
      }
      let entry: RegisteredCollection = { folder, id };
      const isThis = (candidate: RegisteredCollection) =>
        samePlace(candidate.folder, folder) || candidate.folder === movedFrom;
      const saved = updateRegistry((current) => {
        const index = current.findIndex(isThis);
        const previous = current[index];
        if (!previous) return [...current, entry];
        // A collection made afresh in that folder (a new id) does not inherit the old one's choice.
        entry = previous.id === undefined || previous.id === id ? { ...previous, folder, id } : entry;
        // Any other entry for it (a list edited by hand) goes: it is listed once.
        return current.flatMap((candidate, at) => {
          if (at === index) return [entry];
          return isThis(candidate) ? [] : [candidate];
        });
      });
      if (!saved.ok) return saved;
      return ok(await viewOf({ entry, contents }));
    },

    close(collectionId) {
      let closed = false;
      const saved = updateRegistry((current) =>
        current.filter((entry) => {
          const matches = entry.id === collectionId || idIn(entry.folder) === collectionId;
          if (matches) closed = true;
          return !matches;
        }),
      );
      return saved.ok ? ok({ closed }) : saved;
    },

    choose({ contents }, environment) {
      const { id } = contents.collection;
      return updateRegistry((current) =>
        current.map((entry) => {
          if (entry.id !== id && idIn(entry.folder) !== id) return entry;
          const { environment: _previous, ...rest } = entry;
          return environment === undefined ? rest : { ...rest, environment };
        }),
      );
    },
  };
}
