import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  type CollectionFile,
  type CollectionItem,
  collectionFileName,
  collectionFileSchema,
  type EnvironmentFile,
  environmentFileSchema,
  itemPathSchema,
  type SavedRequestFile,
  savedRequestFileSchema,
} from '../../shared/collection-schemas.ts';

const requestSuffix = '.request.json';
const environmentsFolder = 'environments';

export interface CollectionContents {
  collection: CollectionFile;
  environments: Record<string, EnvironmentFile>;
  items: CollectionItem[];
  /** Files that could not be read, each with why; the rest of the collection still opens. */
  problems: string[];
}

/**
 * A file of the collection that is there but is not what Promptwire writes (a bad merge, a hand
 * edit). It is never overwritten: it may hold the only copy of someone's work.
 */
export class DamagedCollectionFile extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
}

/** Reads one JSON file of the collection; a missing or unreadable file throws the system's error. */
function readCollectionJson<Output>(path: string, schema: z.ZodType<Output>): Output {
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DamagedCollectionFile(path, `it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.');
  const what = issue?.message ?? 'unexpected content';
  throw new DamagedCollectionFile(path, field ? `the field "${field}" is wrong: ${what}` : what);
}

/** Written for people to read and diff: two-space JSON, a final newline, whole or not at all. */
function writeReadable(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

/** Where a saved request's file is; throws for a path that would leave the folder. */
export function savedRequestPath(folder: string, itemPath: string): string {
  const checked = itemPathSchema.safeParse(itemPath);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'not a saved request path');
  return join(folder, ...itemPath.split('/')) + requestSuffix;
}

/** Opens the collection in `folder`, making the folder and its collection file if there are none. */
export function openCollectionFolder(folder: string, name = basename(folder)): CollectionContents {
  const collectionPath = join(folder, collectionFileName);
  if (!existsSync(collectionPath)) {
    const created: CollectionFile = {
      promptwire: 'collection',
      version: 1,
      id: randomUUID(),
      name,
      variables: {},
      secretVariables: [],
    };
    writeReadable(collectionPath, created);
  }
  return readCollectionFolder(folder);
}

export function readCollectionFolder(folder: string): CollectionContents {
  const problems: string[] = [];
  const collection = readCollectionJson(join(folder, collectionFileName), collectionFileSchema);
  const environments: Record<string, EnvironmentFile> = {};
  const environmentsPath = join(folder, environmentsFolder);
  if (existsSync(environmentsPath)) {
    for (const entry of readdirSync(environmentsPath)) {
      if (!entry.endsWith('.json')) continue;
      const path = join(environmentsPath, entry);
      const json = readJson(path, problems);
      if (json === unreadable) continue;
      const parsed = environmentFileSchema.safeParse(json);
      if (parsed.success) environments[entry.slice(0, -'.json'.length)] = parsed.data;
      else problems.push(`${path}: ${parsed.error.issues[0]?.message ?? 'not an environment'}`);
    }
  }
  const items: CollectionItem[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      // Hidden folders (.git) and the environments are not requests.
      if (entry.name.startsWith('.') || (directory === folder && entry.name === environmentsFolder)) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(requestSuffix)) {
        const itemPath = relative(folder, path).split(sep).join('/').slice(0, -requestSuffix.length);
        const slash = itemPath.lastIndexOf('/');
        items.push({
          path: itemPath,
          folder: itemPath.slice(0, Math.max(slash, 0)),
          name: itemPath.slice(slash + 1),
        });
      }
    }
  };
  walk(folder);
  items.sort((left, right) => left.path.localeCompare(right.path));
  return { collection, environments, items, problems };
}

const unreadable = Symbol('unreadable');

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message}`);
    return unreadable;
  }
}

export function readSavedRequest(folder: string, itemPath: string): SavedRequestFile {
  return readCollectionJson(savedRequestPath(folder, itemPath), savedRequestFileSchema);
}

export function writeSavedRequest(folder: string, itemPath: string, request: SavedRequestFile): void {
  writeReadable(savedRequestPath(folder, itemPath), savedRequestFileSchema.parse(request));
}

export function savedRequestExists(folder: string, itemPath: string): boolean {
  return existsSync(savedRequestPath(folder, itemPath));
}

export function deleteSavedRequest(folder: string, itemPath: string): boolean {
  const path = savedRequestPath(folder, itemPath);
  if (!existsSync(path)) return false;
  rmSync(path);
  return true;
}

export function environmentPath(folder: string, name: string): string {
  if (!/^[\w.-]{1,100}$/.test(name) || name.startsWith('.'))
    throw new Error(`not an environment name: ${name}`);
  return join(folder, environmentsFolder, `${name}.json`);
}

export function writeEnvironment(folder: string, name: string, environment: EnvironmentFile): void {
  writeReadable(environmentPath(folder, name), environmentFileSchema.parse(environment));
}

export function writeCollectionFile(folder: string, collection: CollectionFile): void {
  writeReadable(join(folder, collectionFileName), collectionFileSchema.parse(collection));
}
