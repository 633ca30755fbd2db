import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chatRequest, runAgainst } from '../chat/run-chat-harness.ts';
import { type MockServer, startMockServer } from '../mock/mock-server.ts';
import { keyFileName } from '../secrets/key-file-cipher.ts';
import { findKeyTrace } from '../secrets/key-trace.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import { secretsFileName } from '../secrets/secrets-file.ts';
import { createKeyStore, type KeyProfile, type KeyStore } from './key-store.ts';

const openAi: KeyProfile = {
  id: 'openai',
  key: { requirement: 'required', environmentVariable: 'OPENAI_API_KEY' },
};
const storedKey = 'sk-proj-stored-key-survives-restart-aaaa';
const sessionKey = 'sk-proj-session-key-gone-after-restart-bbbb';

let folder: string;
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
});
afterAll(() => mock.close());
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-stored-keys-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** One host process's key store on the test's data directory: a new call is a restart. */
async function openStore(environment: NodeJS.ProcessEnv = {}): Promise<KeyStore> {
  const store = createKeyStore(environment, Date.now, openHostSecrets(folder));
  await store.ready();
  return store;
}

const slotsOf = (store: KeyStore) =>
  store.slots(openAi).map((slot) => [slot.lastFour, slot.source, slot.state]);

describe('stored keys', () => {
  it('survive a restart and carry a real request; session keys do not survive', async () => {
    const first = await openStore();
    first.add('openai', storedKey);
    first.add('openai', sessionKey, 'session');
    expect(await first.flush()).toBeUndefined();
    const storedId = first.slots(openAi)[0]?.id;
    expect(slotsOf(first)).toEqual([
      ['aaaa', 'stored', 'unused'],
      ['bbbb', 'session', 'unused'],
    ]);
    expect(first.storage()).toEqual({ backend: 'key-file', protected: true });
    for (const file of [secretsFileName, keyFileName]) {
      const text = readFileSync(join(folder, file)).toString('latin1');
      for (const key of [storedKey, sessionKey]) expect(findKeyTrace(text, key), file).toBeUndefined();
    }

    const restarted = await openStore();
    expect(slotsOf(restarted)).toEqual([['aaaa', 'stored', 'unused']]);
    expect(restarted.slots(openAi)[0]?.id).toBe(storedId);
    expect(restarted.status(openAi)).toEqual({
      configured: true,
      source: 'stored',
      lastFour: 'aaaa',
      backend: 'key-file',
    });

    const { transcript, events } = await runAgainst(
      { format: 'openai-chat', baseUrl: `${mock.url}/v1` },
      { ...chatRequest, model: 'mock-fast' },
      undefined,
      { keys: restarted.pool(openAi) },
    );
    expect(transcript.status).toBe('done');
    const sent = events.find((event) => event.type === 'request-sent');
    expect(sent?.type === 'request-sent' && sent.headers.authorization).toBe('Bearer sk-…aaaa');
    expect(findKeyTrace(JSON.stringify(events), storedKey)).toBeUndefined();
    expect(slotsOf(restarted)).toEqual([['aaaa', 'stored', 'ok']]);
  });

  it('replaces every app key on set, and removes keys from disk on remove and clear', async () => {
    const store = await openStore();
    store.add('openai', storedKey);
    store.add('openai', 'sk-proj-another-stored-key-cccc');
    store.set('openai', 'sk-proj-the-only-key-now-dddd');
    expect(await store.flush()).toBeUndefined();
    expect(slotsOf(await openStore())).toEqual([['dddd', 'stored', 'unused']]);

    store.add('openai', storedKey);
    const [, added] = store.slots(openAi);
    expect(store.remove(openAi, added?.id ?? '')).toBe('removed');
    await store.flush();
    expect(slotsOf(await openStore())).toEqual([['dddd', 'stored', 'unused']]);

    store.clear('openai');
    await store.flush();
    expect((await openStore()).slots(openAi)).toEqual([]);
    expect(JSON.parse(readFileSync(join(folder, secretsFileName), 'utf8')).profiles).toEqual({});
  });

  it('stores a key pasted again once, as a fresh slot', async () => {
    const store = await openStore();
    store.add('openai', storedKey);
    store.add('openai', storedKey);
    await store.flush();
    expect(JSON.parse(readFileSync(join(folder, secretsFileName), 'utf8')).profiles.openai).toHaveLength(1);
    expect(slotsOf(await openStore())).toEqual([['aaaa', 'stored', 'unused']]);
  });

  it('lists a key that no longer decrypts as needing replacement, never uses it, and reports it', async () => {
    const store = await openStore({});
    store.add('openai', storedKey);
    store.add('openai', 'sk-proj-second-stored-key-eeee');
    await store.flush();
    const path = join(folder, secretsFileName);
    const document = JSON.parse(readFileSync(path, 'utf8'));
    document.profiles.openai[0].cipherText = document.profiles.openai[0].cipherText.replace(/.{4}$/, 'AAA=');
    writeFileSync(path, JSON.stringify(document));

    const restarted = await openStore({ OPENAI_API_KEY: 'sk-environment-key-ffff' });
    expect(slotsOf(restarted)).toEqual([
      [undefined, 'stored', 'unreadable'],
      ['eeee', 'stored', 'unused'],
      ['ffff', 'environment', 'unused'],
    ]);
    const unreadableId = restarted.slots(openAi)[0]?.id ?? '';
    expect(restarted.find(openAi, unreadableId)).toBe('unreadable');
    expect(restarted.resolve(openAi)?.key).toBe('sk-proj-second-stored-key-eeee');
    expect(restarted.problems()).toEqual([
      expect.objectContaining({
        hintKey: 'stored-keys-unreadable',
        params: expect.objectContaining({ count: 1 }),
      }),
    ]);

    expect(restarted.remove(openAi, unreadableId)).toBe('removed');
    expect(await restarted.flush()).toBeUndefined();
    expect(restarted.problems()).toEqual([]);
    expect(JSON.parse(readFileSync(path, 'utf8')).profiles.openai).toHaveLength(1);
  });

  it('finds one key by slot id, the environment’s included', async () => {
    const store = await openStore({ OPENAI_API_KEY: 'sk-environment-key-ffff' });
    store.add('openai', storedKey);
    const [stored, fromEnvironment] = store.slots(openAi);
    expect(store.find(openAi, stored?.id ?? '')).toEqual({ key: storedKey, source: 'stored' });
    expect(store.find(openAi, fromEnvironment?.id ?? '')).toEqual({
      key: 'sk-environment-key-ffff',
      source: 'environment',
    });
    expect(store.find(openAi, 'key_unknown')).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')(
    'keeps a key it could not save for the session, says so, and says why',
    async () => {
      const store = await openStore();
      store.add('openai', storedKey);
      await store.flush();
      chmodSync(join(folder, keyFileName), 0o644);

      const restarted = await openStore();
      restarted.add('openai', sessionKey);
      const failure = await restarted.flush();
      expect(failure).toMatchObject({ code: 'internal', hintKey: 'secret-key-open-to-others' });
      expect(failure?.hint).toContain('chmod 600');
      expect(findKeyTrace(JSON.stringify(failure), sessionKey)).toBeUndefined();
      expect(slotsOf(restarted)).toEqual([
        [undefined, 'stored', 'unreadable'],
        ['bbbb', 'session', 'unused'],
      ]);
      expect(await restarted.flush()).toBeUndefined();
    },
  );
});
