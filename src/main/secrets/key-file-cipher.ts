import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeError } from '../errors/make-error.ts';
import { assertScheme, type Cipher } from './cipher.ts';
import { createPrivateFileOnce, ensurePrivateDirectory, isOpenToOthers } from './private-files.ts';
import { SecretStorageError } from './secret-storage-error.ts';

export const keyFileName = 'secret.key';
export const keyFileScheme = 'key-file';

const algorithm = 'aes-256-gcm';
const keyLength = 32;
// 96-bit nonces are what GCM is built for; random ones are safe far beyond the few keys stored here.
const ivLength = 12;
const tagLength = 16;

export interface KeyFileCipherOptions {
  /** Tests give a second cipher its own scheme and file, to move values between two ciphers. */
  scheme?: string;
  fileName?: string;
  /**
   * False for a cipher kept only to read values written before another cipher took over: it
   * never creates a key file, since a new key could not read anything old.
   */
  createKey?: boolean;
  platform?: NodeJS.Platform;
}

/**
 * AES-256-GCM with a random 32-byte key in `secret.key`, created owner-only (0600) beside the
 * secrets. It keeps keys out of plain sight (a synced or attached secrets.json is useless alone)
 * and away from other users; it cannot protect them from programs running as the same user.
 *
 * A key file that the group or others may access is refused, not repaired: it may already have
 * been read, and fixing the mode quietly would hide that. The error says how to fix it.
 */
export function createKeyFileCipher(dataDirectory: string, options: KeyFileCipherOptions = {}): Cipher {
  const scheme = options.scheme ?? keyFileScheme;
  assertScheme(scheme);
  const path = join(dataDirectory, options.fileName ?? keyFileName);
  const platform = options.platform ?? process.platform;
  // Binds every value to this scheme: a value relabelled as another scheme's does not decrypt.
  const associatedData = Buffer.from(`pw1:${scheme}`, 'utf8');
  let cachedKey: Buffer | undefined;

  const loadKey = (create: boolean): Buffer => {
    if (cachedKey) return cachedKey;
    let stats: Stats | undefined;
    try {
      stats = statSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (!stats) {
      if (!create) throw storageProblem('secret-key-missing', path);
      ensurePrivateDirectory(dataDirectory);
      // Another process may win the race to create it; then its key is the one to use.
      createPrivateFileOnce(path, randomBytes(keyLength));
      stats = statSync(path);
    }
    if (!stats.isFile()) throw storageProblem('secret-key-damaged', path);
    if (isOpenToOthers(stats.mode, platform)) {
      throw storageProblem('secret-key-open-to-others', path, (stats.mode & 0o777).toString(8));
    }
    const key = readFileSync(path);
    if (key.length !== keyLength) throw storageProblem('secret-key-damaged', path);
    cachedKey = key;
    return key;
  };

  return {
    scheme,
    backend: 'key-file',
    protected: true,
    async encrypt(plain) {
      const key = loadKey(options.createKey ?? true);
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagLength });
      cipher.setAAD(associatedData);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    },
    async decrypt(cipherText) {
      const key = loadKey(false);
      const bytes = Buffer.from(cipherText, 'base64');
      // Node's base64 decoder skips stray characters; an exact round trip proves nothing was added.
      if (bytes.length <= ivLength + tagLength || bytes.toString('base64') !== cipherText) {
        throw new Error('the stored value is not in the key-file format');
      }
      const decipher = createDecipheriv(algorithm, key, bytes.subarray(0, ivLength), {
        authTagLength: tagLength,
      });
      decipher.setAAD(associatedData);
      decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
      try {
        const data = bytes.subarray(ivLength + tagLength);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('the stored value was altered or written with another key');
      }
    },
  };
}

function storageProblem(hintKey: string, path: string, mode = ''): SecretStorageError {
  const details: Record<string, string> = {
    'secret-key-missing': `the key file ${path} that encrypted the saved API keys is missing`,
    'secret-key-damaged': `the key file ${path} is not a 32-byte key`,
    'secret-key-open-to-others': `the key file ${path} can be read by other users (mode ${mode})`,
  };
  return new SecretStorageError(
    makeError('internal', { hintKey, params: { detail: details[hintKey] ?? path, path } }),
  );
}
