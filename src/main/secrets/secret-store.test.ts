import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTaggedCipherText, tagCipherText } from './cipher.ts';
import { createKeyFileCipher, keyFileName } from './key-file-cipher.ts';
import { findKeyTrace } from './key-trace.ts';
import { SecretStorageError } from './secret-storage-error.ts';
import { openSecretStore, type SecretStore } from './secret-store.ts';
import { secretsFileName } from './secrets-file.ts';

const keyOne = 'sk-proj-first-stored-key-0000aaaa';
const keyTwo = 'sk-ant-api03-second-stored-key-bbbb';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-secrets-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const secretsPath = () => join(folder, secretsFileName);
const open = (now?: () => number): SecretStore =>
  openSecretStore({ dataDirectory: folder, cipher: createKeyFileCipher(folder), ...(now && { now }) });
const secret = (id: string, plain: string) => ({ id, plain, addedAt: 1_700_000_000_000 });
const onDisk = () => JSON.parse(readFileSync(secretsPath(), 'utf8'));

function expectNoTrace(file: string, key: string): void {
  expect(findKeyTrace(readFileSync(file).toString('latin1'), key), file).toBeUndefined();
}

describe('the secret store', () => {
  it('keeps keys encrypted on disk, 0600, where a second instance (a restart) reads them', async () => {
    const store = open();
    expect(await store.load()).toEqual(new Map());
    await store.add('openai', secret('key_one', keyOne));
    await store.add('anthropic', secret('key_two', keyTwo));

    for (const file of [secretsPath(), join(folder, keyFileName)]) {
      expectNoTrace(file, keyOne);
      expectNoTrace(file, keyTwo);
    }
    if (process.platform !== 'win32') expect(statSync(secretsPath()).mode & 0o777).toBe(0o600);
    const document = onDisk();
    expect(document.version).toBe(1);
    expect(document.profiles.openai).toEqual([
      {
        id: 'key_one',
        cipherText: expect.stringMatching(/^pw1:key-file:[A-Za-z0-9+/]+=*$/),
        addedAt: 1_700_000_000_000,
      },
    ]);
    // Written through a temporary file and a rename: nothing is left beside it.
    expect(readdirSync(folder).sort()).toEqual([keyFileName, secretsFileName]);

    const restarted = await open().load();
    expect(restarted.get('openai')).toEqual([{ id: 'key_one', addedAt: 1_700_000_000_000, plain: keyOne }]);
    expect(restarted.get('anthropic')).toEqual([
      { id: 'key_two', addedAt: 1_700_000_000_000, plain: keyTwo },
    ]);
  });

  it('removes keys by id and by profile, and leaves no empty profile behind', async () => {
    const store = open();
    await store.add('openai', secret('key_one', keyOne));
    await store.add('openai', secret('key_two', keyTwo));
    await store.add('anthropic', secret('key_three', keyTwo));
    await store.remove('openai', ['key_one']);
    expect(onDisk().profiles.openai.map((stored: { id: string }) => stored.id)).toEqual(['key_two']);
    await store.removeProfile('anthropic');
    await store.remove('openai', ['key_two']);
    expect(onDisk().profiles).toEqual({});
  });

  it('applies each change to the file as it is now, so two processes do not undo each other', async () => {
    const app = open();
    const commandLine = open();
    await app.add('openai', secret('key_one', keyOne));
    await commandLine.add('openai', secret('key_two', keyTwo));
    await app.remove('openai', ['key_one']);
    expect((await open().load()).get('openai')).toEqual([
      { id: 'key_two', addedAt: 1_700_000_000_000, plain: keyTwo },
    ]);
  });

  it('reports a value that was altered as unreadable, keeps it, and still reads the others', async () => {
    const store = open();
    await store.add('openai', secret('key_one', keyOne));
    await store.add('openai', secret('key_two', keyTwo));
    const document = onDisk();
    const tagged = parseTaggedCipherText(document.profiles.openai[0].cipherText);
    const bytes = Buffer.from(tagged?.cipherText ?? '', 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    document.profiles.openai[0].cipherText = tagCipherText('key-file', bytes.toString('base64'));
    document.profiles.openai.push({ id: 'key_three', cipherText: 'not an envelope', addedAt: 1 });
    writeFileSync(secretsPath(), JSON.stringify(document));

    const loaded = await open().load();
    expect(loaded.get('openai')).toEqual([
      { id: 'key_one', addedAt: 1_700_000_000_000, unreadable: 'altered' },
      { id: 'key_two', addedAt: 1_700_000_000_000, plain: keyTwo },
      { id: 'key_three', addedAt: 1, unreadable: 'altered' },
    ]);
    expect(onDisk().profiles.openai).toHaveLength(3);
  });

  it('moves a corrupt file aside, reports where, and starts a new one', async () => {
    writeFileSync(secretsPath(), '{"version":1,"profiles":{"openai":[{"id":');
    const store = open(() => Date.UTC(2026, 0, 2, 3, 4, 5, 6));
    expect(await store.load()).toEqual(new Map());
    const movedTo = `${secretsPath()}.corrupt-2026-01-02T03-04-05-006Z`;
    expect(readFileSync(movedTo, 'utf8')).toBe('{"version":1,"profiles":{"openai":[{"id":');
    expect(existsSync(secretsPath())).toBe(false);
    expect(store.problems()).toEqual([
      expect.objectContaining({
        code: 'internal',
        hintKey: 'secrets-file-moved',
        params: expect.objectContaining({ movedTo }),
      }),
    ]);
    expect(store.problems()[0]?.message).toContain('not valid JSON');
    expect(store.problems()[0]?.hint).toContain(movedTo);

    await store.add('openai', secret('key_one', keyOne));
    expect((await open().load()).get('openai')).toHaveLength(1);
  });

  it('moves aside a file of the wrong shape too, without overwriting an earlier one', async () => {
    const now = () => Date.UTC(2026, 0, 2);
    writeFileSync(secretsPath(), JSON.stringify({ version: 1, profiles: { openai: [{ id: 'x' }] } }));
    await open(now).load();
    writeFileSync(secretsPath(), '[]');
    const store = open(now);
    await store.load();
    expect(store.problems()[0]?.message).toContain('not in the expected shape');
    const moved = readdirSync(folder).filter((name) => name.includes('.corrupt-'));
    expect(moved.sort()).toEqual([
      'secrets.json.corrupt-2026-01-02T00-00-00-000Z',
      'secrets.json.corrupt-2026-01-02T00-00-00-000Z-2',
    ]);
  });

  it('leaves a file from a newer Promptwire alone and refuses to write it', async () => {
    const newer = JSON.stringify({ version: 2, profiles: {}, somethingNew: true });
    writeFileSync(secretsPath(), newer);
    const store = open();
    expect(await store.load()).toEqual(new Map());
    expect(store.problems()[0]?.hintKey).toBe('secrets-file-newer');
    const error = await store.add('openai', secret('key_one', keyOne)).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SecretStorageError);
    expect((error as SecretStorageError).problem.hintKey).toBe('secrets-file-newer');
    expect(readFileSync(secretsPath(), 'utf8')).toBe(newer);
  });

  it.skipIf(process.platform === 'win32')(
    'fails to save, with the reason, when the key file is open to others',
    async () => {
      const store = open();
      await store.add('openai', secret('key_one', keyOne));
      chmodSync(join(folder, keyFileName), 0o640);
      const error = await open()
        .add('openai', secret('key_two', keyTwo))
        .catch((reason: unknown) => reason);
      expect((error as SecretStorageError).problem.hintKey).toBe('secret-key-open-to-others');
      const reopened = open();
      expect((await reopened.load()).get('openai')).toEqual([
        { id: 'key_one', addedAt: 1_700_000_000_000, unreadable: 'storage-failed' },
      ]);
      expect(reopened.problems().map((problem) => problem.hintKey)).toEqual(['secret-key-open-to-others']);
    },
  );
});
