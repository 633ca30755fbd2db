import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { MethodName, MethodOutput, ParsedMethodInput } from '../../shared/contract.ts';
import type { Result } from '../../shared/result.ts';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { type MockServer, startMockServer } from '../mock/mock-server.ts';
import { keyFileName } from '../secrets/key-file-cipher.ts';
import { findKeyTrace } from '../secrets/key-trace.ts';
import { secretsFileName } from '../secrets/secrets-file.ts';
import type { CallContext } from './call-context.ts';
import { type Api, createApi } from './create-api.ts';

// The key methods as the window calls them, through the same dispatch as IPC and browser mode.

const storedKey = 'sk-proj-stored-through-the-api-0000aaaa';
const sessionKey = 'sk-proj-session-through-the-api-000bbbb';
const goodKey = 'sk-proj-the-one-the-server-likes-cccc';

let folder: string;
let mock: MockServer;
let server: LoopbackServer;
const apis: Api[] = [];
const events: StreamEvent[] = [];
const results: unknown[] = [];
const context: CallContext = {
  connectionId: 'test-window',
  emit: (name, payload) => {
    if (name === 'chat.event') events.push((payload as { event: StreamEvent }).event);
  },
};

beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  // Answers 200 to one key only, so a test can tell which key a request carried.
  server = await startLoopbackServer((request, response) => {
    const accepted = request.headers.authorization === `Bearer ${goodKey}`;
    response.writeHead(accepted ? 200 : 401, { 'content-type': 'application/json' });
    response.end(accepted ? '{"object":"list","data":[]}' : '{"error":{"message":"Incorrect API key"}}');
  });
});
afterAll(async () => {
  await Promise.all([mock.close(), server.close()]);
});
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-keys-api-'));
  events.length = 0;
  results.length = 0;
});
afterEach(async () => {
  await Promise.all(apis.splice(0).map((api) => api.close()));
  rmSync(folder, { recursive: true, force: true });
});

/** A host on the test's data directory; a second one on the same folder is a restart. */
function start(): Api {
  const api = createApi({
    transport: 'browser',
    version: '0.0.0-test',
    dataDirectory: folder,
    environment: {},
  });
  apis.push(api);
  return api;
}

async function call<M extends MethodName>(
  api: Api,
  method: M,
  input: ParsedMethodInput<M>,
): Promise<Result<MethodOutput<M>>> {
  const result = (await api.call(method, input, context)) as Result<MethodOutput<M>>;
  results.push(result);
  return result;
}

async function value<M extends MethodName>(api: Api, method: M, input: ParsedMethodInput<M>) {
  const result = await call(api, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

function expectNoKeyIn(text: string, key: string): void {
  expect(findKeyTrace(text, key)).toBeUndefined();
}

function expectNoKeyInFiles(): void {
  for (const file of [secretsFileName, keyFileName, 'config.json']) {
    const text = readFileSync(join(folder, file)).toString('latin1');
    for (const key of [storedKey, sessionKey]) expect(findKeyTrace(text, key), file).toBeUndefined();
  }
}

describe('the key methods', () => {
  it('never put a key in a result, an error or an event, and never in the files', async () => {
    const api = start();
    await value(api, 'keys.add', { profileId: 'openai', key: storedKey });
    await value(api, 'keys.add', { profileId: 'openai', key: sessionKey, storage: 'session' });
    await value(api, 'keys.set', { profileId: 'anthropic', key: storedKey });
    await value(api, 'profiles.list', {});
    await value(api, 'keys.check', { profileId: 'openai', key: ` ${storedKey} https://x.example/v1\n` });
    await value(api, 'keys.storage', {});
    expect(await call(api, 'keys.add', { profileId: 'openai', key: `${storedKey} more` })).toMatchObject({
      ok: false,
    });
    expect(await call(api, 'keys.set', { profileId: 'openai', key: `${sessionKey}\n` })).toMatchObject({
      ok: false,
    });
    await value(api, 'profiles.update', { profileId: 'openai', baseUrl: `${mock.url}/v1` });
    const [first] =
      (await value(api, 'profiles.list', {})).find((profile) => profile.id === 'openai')?.keys ?? [];
    await value(api, 'connection.test', { profileId: 'openai', keyId: first?.id ?? '' });
    await value(api, 'chat.start', {
      requestId: 'leak-check',
      profileId: 'openai',
      request: { model: 'mock-fast', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    });
    await expect.poll(() => events.some((event) => event.type === 'stream-end')).toBe(true);
    expectNoKeyInFiles();
    await value(api, 'keys.remove', { profileId: 'openai', keyId: first?.id ?? '' });
    await value(api, 'keys.clear', { profileId: 'anthropic' });

    const everything = JSON.stringify([results, events]);
    expect(everything).toContain('sk-…');
    for (const key of [storedKey, sessionKey]) expectNoKeyIn(everything, key);
  });

  it('keep stored keys across a restart and drop session ones', async () => {
    const api = start();
    expect(await value(api, 'keys.storage', {})).toEqual({ backend: 'key-file', protected: true });
    await value(api, 'keys.add', { profileId: 'openai', key: storedKey });
    const slots = await value(api, 'keys.add', { profileId: 'openai', key: sessionKey, storage: 'session' });
    expect(slots.map((slot) => [slot.lastFour, slot.source])).toEqual([
      ['aaaa', 'stored'],
      ['bbbb', 'session'],
    ]);
    await api.close();

    const restarted = start();
    const openAi = (await value(restarted, 'profiles.list', {})).find((profile) => profile.id === 'openai');
    expect(openAi?.keys.map((slot) => [slot.id, slot.lastFour, slot.source])).toEqual([
      [slots[0]?.id, 'aaaa', 'stored'],
    ]);
    expect(openAi?.key).toEqual({
      configured: true,
      source: 'stored',
      lastFour: 'aaaa',
      backend: 'key-file',
    });

    await value(restarted, 'profiles.update', { profileId: 'openai', baseUrl: `${mock.url}/v1` });
    await value(restarted, 'chat.start', {
      requestId: 'after-restart',
      profileId: 'openai',
      request: { model: 'mock-fast', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    });
    await expect.poll(() => events.some((event) => event.type === 'stream-end')).toBe(true);
    const sent = events.find((event) => event.type === 'request-sent');
    expect(sent?.type === 'request-sent' && sent.headers.authorization).toBe('Bearer sk-…aaaa');
  });

  it('test the key asked for, not the one rotation would use, and name an unknown one', async () => {
    const api = start();
    await value(api, 'profiles.update', { profileId: 'openai', baseUrl: `${server.origin}/v1` });
    await value(api, 'keys.add', { profileId: 'openai', key: storedKey });
    const [, good] = await value(api, 'keys.add', { profileId: 'openai', key: goodKey, storage: 'session' });

    expect(await value(api, 'connection.test', { profileId: 'openai' })).toMatchObject({ status: 401 });
    const tested = await value(api, 'connection.test', { profileId: 'openai', keyId: good?.id ?? '' });
    expect(tested).toMatchObject({ status: 200 });
    expect(tested.error).toBeUndefined();
    expect(server.received.at(-1)?.headers.authorization).toBe(`Bearer ${goodKey}`);

    expect(await call(api, 'connection.test', { profileId: 'openai', keyId: 'key_gone' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'choose-key' },
    });
  });

  it('check a key without storing it, and refuse one that cannot be sent', async () => {
    const api = start();
    const warnings = await value(api, 'keys.check', {
      profileId: 'anthropic',
      key: 'sk-proj-openai-key-abcd\n',
    });
    expect(warnings.map((warning) => [warning.code, warning.fixable])).toEqual([
      ['surrounding-whitespace', true],
      ['openai-key-on-anthropic', false],
    ]);
    const refused = await call(api, 'keys.add', { profileId: 'anthropic', key: 'sk-ant-api03 abcdefgh' });
    expect(refused).toMatchObject({ ok: false, error: { hintKey: 'key-warning-inner-whitespace' } });
    expect(!refused.ok && refused.error.hint).toBe(
      (await value(api, 'keys.check', { profileId: 'anthropic', key: 'sk-ant-api03 abcdefgh' }))[0]?.message,
    );
    expect(
      (await value(api, 'profiles.list', {})).find((profile) => profile.id === 'anthropic')?.keys,
    ).toEqual([]);
    expect(await call(api, 'keys.check', { profileId: 'nobody', key: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-profile' },
    });
  });
});
