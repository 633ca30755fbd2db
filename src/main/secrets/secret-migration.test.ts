import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cipher } from './cipher.ts';
import { createKeyFileCipher } from './key-file-cipher.ts';
import { openHostSecrets } from './open-host-secrets.ts';
import { openSecretStore } from './secret-store.ts';
import { secretsFileName } from './secrets-file.ts';

// Two real ciphers with their own schemes and key files stand in for "the key file" and "the
// keychain": what moves between them is exactly what moves between browser mode and the app.

const apiKey = 'sk-proj-key-that-moves-between-ciphers-7777';
const addedAt = 1_700_000_000_000;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-migration-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const oldCipher = () => createKeyFileCipher(folder);
const newCipher = () => createKeyFileCipher(folder, { scheme: 'key-file-next', fileName: 'next.key' });
const storedCipherTexts = (): string[] =>
  JSON.parse(readFileSync(join(folder, secretsFileName), 'utf8')).profiles.openai.map(
    (stored: { cipherText: string }) => stored.cipherText,
  );

async function storeWithOldCipher(): Promise<void> {
  await openSecretStore({ dataDirectory: folder, cipher: oldCipher() }).add('openai', {
    id: 'key_one',
    plain: apiKey,
    addedAt,
  });
}

describe('moving stored keys between ciphers', () => {
  it('encrypts values of a previous cipher again with the current one, once', async () => {
    await storeWithOldCipher();
    expect(storedCipherTexts()[0]).toMatch(/^pw1:key-file:/);

    const store = openSecretStore({
      dataDirectory: folder,
      cipher: newCipher(),
      previousCiphers: [oldCipher()],
    });
    expect((await store.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
    const [moved] = storedCipherTexts();
    expect(moved).toMatch(/^pw1:key-file-next:/);
    expect(store.problems()).toEqual([]);

    // Only the new cipher is needed from now on, and a second load changes nothing.
    const withoutPrevious = openSecretStore({ dataDirectory: folder, cipher: newCipher() });
    expect((await withoutPrevious.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
    expect(storedCipherTexts()).toEqual([moved]);
  });

  it('keeps a value no cipher here can read, and reports it as written by another scheme', async () => {
    await storeWithOldCipher();
    const before = storedCipherTexts();
    const store = openSecretStore({ dataDirectory: folder, cipher: newCipher() });
    expect((await store.load()).get('openai')).toEqual([
      { id: 'key_one', addedAt, unreadable: 'other-scheme' },
    ]);
    expect(storedCipherTexts()).toEqual(before);
    // The old cipher still reads it: nothing was lost.
    const old = openSecretStore({ dataDirectory: folder, cipher: oldCipher() });
    expect((await old.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
  });

  it('does not move keys from a protecting cipher to one that does not protect', async () => {
    await storeWithOldCipher();
    // safeStorage's basic_text: encrypted with a key anyone can know.
    const unprotected: Cipher = { ...newCipher(), backend: 'basic-text', protected: false };
    const store = openSecretStore({
      dataDirectory: folder,
      cipher: unprotected,
      previousCiphers: [oldCipher()],
    });
    expect((await store.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
    expect(storedCipherTexts()[0]).toMatch(/^pw1:key-file:/);
  });

  it('encrypts again a value the current cipher calls stale (a rotated keychain key)', async () => {
    const rotating = newCipher();
    const stale = new Set<string>();
    const cipher: Cipher = { ...rotating, isStale: (cipherText) => stale.has(cipherText) };
    const store = openSecretStore({ dataDirectory: folder, cipher });
    await store.add('openai', { id: 'key_one', plain: apiKey, addedAt });
    const [before] = storedCipherTexts();
    stale.add(before?.replace('pw1:key-file-next:', '') ?? '');
    expect((await store.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
    const [after] = storedCipherTexts();
    expect(after).not.toBe(before);
    expect(after).toMatch(/^pw1:key-file-next:/);
  });

  it('lets a host with its own cipher take over what browser mode saved', async () => {
    await storeWithOldCipher();
    const desktop = await openHostSecrets(folder, async () => newCipher());
    expect((await desktop.load()).get('openai')).toEqual([{ id: 'key_one', addedAt, plain: apiKey }]);
    expect(storedCipherTexts()[0]).toMatch(/^pw1:key-file-next:/);
    // Browser mode and the command line cannot open the desktop's values, and say so.
    const browser = await openHostSecrets(folder);
    expect((await browser.load()).get('openai')).toEqual([
      { id: 'key_one', addedAt, unreadable: 'other-scheme' },
    ]);
  });
});
