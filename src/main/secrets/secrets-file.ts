import { existsSync, readFileSync, renameSync } from 'node:fs';
import { z } from 'zod';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { ensurePrivateDirectory, writePrivateFileAtomically } from './private-files.ts';
import { SecretStorageError } from './secret-storage-error.ts';

export const secretsFileName = 'secrets.json';
const currentVersion = 1;

const secretRecordSchema = z.object({
  /** The key's slot id: random, never derived from the key. */
  id: z.string().min(1),
  /** `pw1:<scheme>:<base64>`, see tagCipherText. */
  cipherText: z.string().min(1),
  /** Epoch milliseconds. */
  addedAt: z.number(),
});
export type SecretRecord = z.infer<typeof secretRecordSchema>;

const secretsDocumentSchema = z.object({
  version: z.literal(currentVersion),
  /** Profile id -> its stored keys in rotation order. */
  profiles: z.record(z.string(), z.array(secretRecordSchema)),
});
export type SecretsDocument = z.infer<typeof secretsDocumentSchema>;

export interface SecretsFileRead {
  document: SecretsDocument;
  /** Set when a damaged file was moved aside: the window should say so. */
  problem?: AppError;
}

export function emptySecretsDocument(): SecretsDocument {
  return { version: currentVersion, profiles: {} };
}

/**
 * Reads secrets.json. A file that is not what this version writes is moved aside as
 * `secrets.json.corrupt-<time>` and reported, never overwritten: it may be the only copy of
 * something. A file written by a newer Promptwire is left alone and makes storage refuse to write.
 */
export function readSecretsFile(path: string, now: () => number = Date.now): SecretsFileRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { document: emptySecretsDocument() };
    // Unreadable is not corrupt: replacing a file we could not read could destroy it.
    const detail = `the saved keys file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    throw new SecretStorageError(
      makeError('internal', { hintKey: 'secrets-file-unreadable', params: { detail, path } }),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return moveAside(path, 'it is not valid JSON', now);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > currentVersion) {
    const detail = `the saved keys file ${path} was written by a newer version of Promptwire`;
    throw new SecretStorageError(
      makeError('internal', { hintKey: 'secrets-file-newer', params: { detail, path } }),
    );
  }
  const parsed = secretsDocumentSchema.safeParse(json);
  if (!parsed.success) return moveAside(path, 'its contents are not in the expected shape', now);
  return { document: parsed.data };
}

export function writeSecretsFile(path: string, directory: string, document: SecretsDocument): void {
  ensurePrivateDirectory(directory);
  writePrivateFileAtomically(path, `${JSON.stringify(document, null, 2)}\n`);
}

function moveAside(path: string, reason: string, now: () => number): SecretsFileRead {
  const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
  let movedTo = `${path}.corrupt-${stamp}`;
  for (let attempt = 2; existsSync(movedTo); attempt++) movedTo = `${path}.corrupt-${stamp}-${attempt}`;
  renameSync(path, movedTo);
  const detail = `the saved keys file could not be read: ${reason}`;
  return {
    document: emptySecretsDocument(),
    problem: makeError('internal', { hintKey: 'secrets-file-moved', params: { detail, path, movedTo } }),
  };
}
