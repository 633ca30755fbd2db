import { join } from 'node:path';
import type { SecretBackend } from '../../shared/profile-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { describeError } from '../api/describe-error.ts';
import { makeError } from '../errors/make-error.ts';
import { type Cipher, parseTaggedCipherText, tagCipherText } from './cipher.ts';
import { SecretStorageError } from './secret-storage-error.ts';
import {
  readSecretsFile,
  type SecretRecord,
  type SecretsDocument,
  secretsFileName,
  writeSecretsFile,
} from './secrets-file.ts';

/**
 * altered: the value does not decrypt (edited, damaged, or its key was replaced);
 * other-scheme: written by a cipher this process does not have (the desktop app's keychain, seen
 * from the command line); storage-failed: the cipher itself is unusable (see problems()).
 */
export type UnreadableReason = 'altered' | 'other-scheme' | 'storage-failed';

export type OpenedSecret =
  | { id: string; addedAt: number; plain: string }
  | { id: string; addedAt: number; unreadable: UnreadableReason };

export interface NewSecret {
  id: string;
  plain: string;
  addedAt: number;
}

export interface SecretStoreOptions {
  dataDirectory: string;
  cipher: Cipher;
  /**
   * Ciphers that may have written older values. What they can still read is encrypted again with
   * `cipher`, unless that would move it from a protecting cipher to one that does not protect.
   */
  previousCiphers?: readonly Cipher[];
  now?: () => number;
}

/**
 * API keys at rest: `secrets.json` (0600) in the data directory, profile id -> its keys, each
 * encrypted and tagged with its cipher's scheme. Every change re-reads the file and replaces it
 * atomically, so the app, browser mode and the CLI sharing the folder do not undo each other.
 * Values that cannot be read are kept, never dropped: another process, or the keychain once
 * unlocked, may still read them; only the user removes them.
 */
export interface SecretStore {
  readonly backend: SecretBackend;
  readonly protected: boolean;
  /** Every stored key, decrypted, by profile id. Never rejects; failures go to problems(). */
  load(): Promise<Map<string, OpenedSecret[]>>;
  /** Rejects with a SecretStorageError, whose `problem` says what to do. */
  add(profileId: string, secret: NewSecret): Promise<void>;
  remove(profileId: string, ids: readonly string[]): Promise<void>;
  removeProfile(profileId: string): Promise<void>;
  /** Storage failures met so far (a file moved aside, a key file others can read), oldest first. */
  problems(): AppError[];
}

export function openSecretStore(options: SecretStoreOptions): SecretStore {
  const { dataDirectory, cipher, previousCiphers = [], now = Date.now } = options;
  const path = join(dataDirectory, secretsFileName);
  const problems = new Map<string, AppError>();
  const record = (problem: AppError) => problems.set(`${problem.hintKey}:${problem.message}`, problem);

  const asStorageError = (error: unknown, hintKey: string, action: string): SecretStorageError => {
    if (error instanceof SecretStorageError) return error;
    const detail = `${action} (${describeError(error)})`;
    return new SecretStorageError(makeError('internal', { hintKey, params: { detail, path } }));
  };

  /** Read, change, write back: the change applies to what is on disk now, not to an old copy. */
  const update = (change: (document: SecretsDocument) => void): void => {
    try {
      const read = readSecretsFile(path, now);
      if (read.problem) record(read.problem);
      const before = JSON.stringify(read.document);
      change(read.document);
      for (const [profileId, list] of Object.entries(read.document.profiles)) {
        if (list.length === 0) delete read.document.profiles[profileId];
      }
      // Clearing a profile that had nothing stored creates no file.
      if (JSON.stringify(read.document) !== before) writeSecretsFile(path, dataDirectory, read.document);
    } catch (error) {
      throw asStorageError(
        error,
        'secrets-file-unwritable',
        `the saved keys file ${path} could not be written`,
      );
    }
  };

  const readerFor = (scheme: string): Cipher | undefined =>
    scheme === cipher.scheme ? cipher : previousCiphers.find((candidate) => candidate.scheme === scheme);

  const open = async (stored: SecretRecord): Promise<{ secret: OpenedSecret; replacement?: string }> => {
    const base = { id: stored.id, addedAt: stored.addedAt };
    const tagged = parseTaggedCipherText(stored.cipherText);
    if (!tagged) return { secret: { ...base, unreadable: 'altered' } };
    const reader = readerFor(tagged.scheme);
    if (!reader) return { secret: { ...base, unreadable: 'other-scheme' } };
    let plain: string;
    try {
      plain = await reader.decrypt(tagged.cipherText);
    } catch (error) {
      if (!(error instanceof SecretStorageError)) return { secret: { ...base, unreadable: 'altered' } };
      record(error.problem);
      return { secret: { ...base, unreadable: 'storage-failed' } };
    }
    const secret = { ...base, plain };
    const moves = reader !== cipher && (cipher.protected || !reader.protected);
    if (!moves && !(reader === cipher && cipher.isStale?.(tagged.cipherText))) return { secret };
    try {
      return { secret, replacement: tagCipherText(cipher.scheme, await cipher.encrypt(plain)) };
    } catch (error) {
      // The old value still works; it is moved another time.
      record(
        asStorageError(error, 'secrets-file-unwritable', 'a saved key could not be encrypted again').problem,
      );
      return { secret };
    }
  };

  return {
    backend: cipher.backend,
    protected: cipher.protected,

    async load() {
      let document: SecretsDocument;
      try {
        const read = readSecretsFile(path, now);
        if (read.problem) record(read.problem);
        document = read.document;
      } catch (error) {
        record(
          asStorageError(error, 'secrets-file-unreadable', `the saved keys file ${path} could not be read`)
            .problem,
        );
        return new Map();
      }
      const opened = new Map<string, OpenedSecret[]>();
      const replacements = new Map<string, { from: string; to: string }>();
      for (const [profileId, records] of Object.entries(document.profiles)) {
        const secrets: OpenedSecret[] = [];
        for (const stored of records) {
          const { secret, replacement } = await open(stored);
          secrets.push(secret);
          if (replacement) replacements.set(stored.id, { from: stored.cipherText, to: replacement });
        }
        opened.set(profileId, secrets);
      }
      if (replacements.size > 0) {
        try {
          update((current) => {
            for (const list of Object.values(current.profiles)) {
              for (const stored of list) {
                const replacement = replacements.get(stored.id);
                // Only a value nobody changed meanwhile is replaced.
                if (replacement?.from === stored.cipherText) stored.cipherText = replacement.to;
              }
            }
          });
        } catch (error) {
          record(
            asStorageError(error, 'secrets-file-unwritable', 'saved keys could not be encrypted again')
              .problem,
          );
        }
      }
      return opened;
    },

    async add(profileId, secret) {
      let cipherText: string;
      try {
        cipherText = tagCipherText(cipher.scheme, await cipher.encrypt(secret.plain));
      } catch (error) {
        throw asStorageError(error, 'secrets-file-unwritable', 'the key could not be encrypted');
      }
      update((document) => {
        const list = document.profiles[profileId] ?? [];
        list.push({ id: secret.id, cipherText, addedAt: secret.addedAt });
        document.profiles[profileId] = list;
      });
    },

    async remove(profileId, ids) {
      const removed = new Set(ids);
      update((document) => {
        const list = document.profiles[profileId];
        if (list) document.profiles[profileId] = list.filter((stored) => !removed.has(stored.id));
      });
    },

    async removeProfile(profileId) {
      update((document) => {
        delete document.profiles[profileId];
      });
    },

    problems: () => [...problems.values()],
  };
}
