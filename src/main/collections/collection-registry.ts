import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDirectory, writePrivateFileAtomically } from '../secrets/private-files.ts';

export const collectionRegistryFileName = 'collections.json';
const currentVersion = 1;

const registeredCollectionSchema = z.object({
  /** Absolute, as the user gave it. */
  folder: z.string().min(1),
  /**
   * The id last read from the folder's collection file: a collection whose folder has gone can
   * still be found (and closed) by it, and a second folder with the same id is recognised.
   */
  id: z.string().optional(),
  /** The environment chosen on this machine; absent: the collection's own values only. */
  environment: z.string().optional(),
});
export type RegisteredCollection = z.infer<typeof registeredCollectionSchema>;

const registrySchema = z.object({
  version: z.literal(currentVersion),
  collections: z.array(registeredCollectionSchema),
});

export interface CollectionRegistry {
  readonly path: string;
  /** The open collections, in the order they were opened. */
  read(): RegisteredCollection[];
  /** Reads, changes and writes back at once, so a change made by another window is kept. */
  update(change: (collections: RegisteredCollection[]) => RegisteredCollection[]): RegisteredCollection[];
  /** What happened to an unreadable file since the last call, to tell the user once. */
  takeProblems(): string[];
}

/**
 * Which collection folders this machine has open, and the environment each uses, in
 * `collections.json` of the data directory. Read on every call: another window, or browser mode
 * beside the desktop app, may have changed it. The folders themselves may be shared through git;
 * this file is not, so it is private to the user like the other files there.
 */
export function openCollectionRegistry(
  dataDirectory: string,
  now: () => number = Date.now,
): CollectionRegistry {
  const path = join(dataDirectory, collectionRegistryFileName);
  const problems: string[] = [];

  const read = (): { collections: RegisteredCollection[]; writable: boolean } => {
    if (!existsSync(path)) return { collections: [], writable: true };
    let reason: string;
    try {
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const version = (json as { version?: unknown } | null)?.version;
      if (typeof version === 'number' && version > currentVersion) {
        // A newer Promptwire's list is left as it is: this version would drop what it adds.
        problems.push(
          `${path} was written by a newer version of Promptwire, so this one shows no collections and changes nothing. Use the newer version.`,
        );
        return { collections: [], writable: false };
      }
      const parsed = registrySchema.safeParse(json);
      if (parsed.success) return { collections: parsed.data.collections, writable: true };
      reason = parsed.error.issues[0]?.message ?? 'unexpected content';
    } catch (error) {
      reason = (error as Error).message;
    }
    // Kept aside, not deleted: the folder paths in it can still be read by hand and opened again.
    const movedTo = `${path}.unreadable-${now()}`;
    renameSync(path, movedTo);
    problems.push(
      `The list of open collections (${path}) could not be read (${reason}); it was moved to ${movedTo}. Open your collection folders again.`,
    );
    return { collections: [], writable: true };
  };

  return {
    path,
    read: () => read().collections,
    update(change) {
      const current = read();
      if (!current.writable) {
        throw new Error(`${path} was written by a newer version of Promptwire; use that version`);
      }
      const changed = change(current.collections.map((entry) => ({ ...entry })));
      ensurePrivateDirectory(dataDirectory);
      const document = { version: currentVersion, collections: changed };
      writePrivateFileAtomically(path, `${JSON.stringify(document, null, 2)}\n`);
      return changed;
    },
    takeProblems: () => problems.splice(0),
  };
}
