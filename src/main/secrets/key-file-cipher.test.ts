import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyFileCipher, keyFileName } from './key-file-cipher.ts';
import { SecretStorageError } from './secret-storage-error.ts';

const apiKey = 'sk-proj-a-secret-for-the-cipher-tests-1234';
const posixOnly = it.skipIf(process.platform === 'win32');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-cipher-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>): Promise<SecretStorageError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SecretStorageError);
  return error as SecretStorageError;
}

describe('the key-file cipher', () => {
  it('round-trips, with a fresh IV for every value and nothing of the key in the output', async () => {
    const cipher = createKeyFileCipher(folder);
    const first = await cipher.encrypt(apiKey);
    const second = await cipher.encrypt(apiKey);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(first, 'base64').length).toBe(12 + 16 + Buffer.byteLength(apiKey));
    expect(first).not.toContain(apiKey.slice(-8));
    expect(await cipher.decrypt(first)).toBe(apiKey);
    // A second instance (a restart) reads the same key file.
    expect(await createKeyFileCipher(folder).decrypt(second)).toBe(apiKey);
    expect(cipher).toMatchObject({ scheme: 'key-file', backend: 'key-file', protected: true });
  });

  posixOnly('creates a 32-byte key file readable by the owner only, in a folder it makes 0700', async () => {
    const dataDirectory = join(folder, 'nested', 'Promptwire');
    await createKeyFileCipher(dataDirectory).encrypt(apiKey);
    const keyFile = join(dataDirectory, keyFileName);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(dataDirectory).mode & 0o777).toBe(0o700);
    expect(readFileSync(keyFile).length).toBe(32);
  });

  it('rejects a value that was altered, written with another key, or relabelled as another scheme', async () => {
    const cipher = createKeyFileCipher(folder);
    const value = Buffer.from(await cipher.encrypt(apiKey), 'base64');
    for (const index of [0, 12, 28, value.length - 1]) {
      const altered = Buffer.from(value);
      altered[index] = (altered[index] ?? 0) ^ 0x01;
      await expect(cipher.decrypt(altered.toString('base64'))).rejects.toThrow(/altered|another key/);
    }
    await expect(cipher.decrypt(`${value.toString('base64')}!`)).rejects.toThrow(
      /not in the key-file format/,
    );
    await expect(cipher.decrypt('c2hvcnQ=')).rejects.toThrow(/not in the key-file format/);

    const otherFolder = mkdtempSync(join(tmpdir(), 'promptwire-cipher-other-'));
    try {
      const other = createKeyFileCipher(otherFolder);
      await other.encrypt('make the key file');
      await expect(other.decrypt(value.toString('base64'))).rejects.toThrow(/altered|another key/);
    } finally {
      rmSync(otherFolder, { recursive: true, force: true });
    }
    // Same key file, other scheme: the scheme is authenticated data, so the value does not open.
    const relabelled = createKeyFileCipher(folder, { scheme: 'key-file-other' });
    await expect(relabelled.decrypt(value.toString('base64'))).rejects.toThrow(/altered|another key/);
  });

  posixOnly('refuses a key file others can read, saying how to fix it, and does not change it', async () => {
    await createKeyFileCipher(folder).encrypt(apiKey);
    const keyFile = join(folder, keyFileName);
    chmodSync(keyFile, 0o644);
    const error = await refusal(createKeyFileCipher(folder).encrypt(apiKey));
    expect(error.problem).toMatchObject({ code: 'internal', hintKey: 'secret-key-open-to-others' });
    expect(error.problem.message).toContain('mode 644');
    expect(error.problem.hint).toContain(`chmod 600 "${keyFile}"`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o644);
    await refusal(createKeyFileCipher(folder).decrypt('AAAA'));
  });

  it('never creates a key when it only reads, and refuses a key file of the wrong size', async () => {
    const reader = createKeyFileCipher(folder, { createKey: false });
    expect((await refusal(reader.encrypt(apiKey))).problem.hintKey).toBe('secret-key-missing');
    expect((await refusal(reader.decrypt('AAAA'))).problem.hintKey).toBe('secret-key-missing');
    expect(existsSync(join(folder, keyFileName))).toBe(false);

    writeFileSync(join(folder, keyFileName), Buffer.alloc(16), { mode: 0o600 });
    const damaged = await refusal(createKeyFileCipher(folder).encrypt(apiKey));
    expect(damaged.problem.hintKey).toBe('secret-key-damaged');
  });

  it('uses the key another process created first instead of replacing it', async () => {
    const app = createKeyFileCipher(folder);
    const commandLine = createKeyFileCipher(folder);
    const fromApp = await app.encrypt(apiKey);
    const keyBefore = readFileSync(join(folder, keyFileName));
    expect(await commandLine.decrypt(fromApp)).toBe(apiKey);
    expect(await app.decrypt(await commandLine.encrypt(apiKey))).toBe(apiKey);
    expect(readFileSync(join(folder, keyFileName))).toEqual(keyBefore);
  });

  it('takes a scheme made of lowercase letters, digits and dashes only', () => {
    expect(() => createKeyFileCipher(folder, { scheme: 'Key:File' })).toThrow(RangeError);
  });
});
