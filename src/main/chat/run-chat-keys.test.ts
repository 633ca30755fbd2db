import { afterEach, describe, expect, it } from 'vitest';
import { findBuiltInProfile } from '../profiles/built-in-profiles.ts';
import { createKeyStore, type KeyStore } from '../profiles/key-store.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { type LoopbackServer, startLoopbackServer, writeInPieces } from './loopback-test-server.ts';
import { chatRequest, quickRetry, runAgainst } from './run-chat-harness.ts';

const keyA = 'sk-proj-first-key-000000aaaa';
const keyB = 'sk-proj-second-key-00000bbbb';
const openAi = findBuiltInProfile('openai');
if (!openAi) throw new Error('the openai profile is missing');

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Rejects key A with the given answer and streams the fixture answer for key B. */
async function serveByKey(rejectA: { status: number; fixture: string; headers?: Record<string, string> }) {
  server = await startLoopbackServer(async (request, response) => {
    if (request.headers.authorization === `Bearer ${keyA}`) {
      response.writeHead(rejectA.status, { 'content-type': 'application/json', ...rejectA.headers });
      response.end(readFixture(`wire/${rejectA.fixture}`));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    await writeInPieces(response, readFixture('wire/openai_chat_stream_usage.sse'), 3);
    response.end();
  });
  return server;
}

function storeWithTwoKeys(): KeyStore {
  const store = createKeyStore({});
  store.set('openai', keyA);
  store.add('openai', keyB);
  return store;
}

function runWithPool(origin: string, store: KeyStore) {
  return runAgainst({ format: 'openai-chat', baseUrl: `${origin}/v1` }, chatRequest, undefined, {
    retry: quickRetry,
    keys: store.pool(openAi as NonNullable<typeof openAi>),
  });
}

describe('runChat with a pool of keys', () => {
  it('moves to the next key at once on a 429, and marks the first rate-limited', async () => {
    const loopback = await serveByKey({
      status: 429,
      fixture: 'openai_error_429_rate_limit_exceeded.json',
      headers: { 'retry-after': '30' },
    });
    const store = storeWithTwoKeys();
    const before = Date.now();
    const { transcript, events } = await runWithPool(loopback.origin, store);

    expect(transcript.text).toBe('{"city":"San Francisco","units":"c"}');
    expect(transcript.attempts).toMatchObject([
      { attempt: 1, status: 429, retryInMs: 0, nextKeyLastFour: 'bbbb' },
      { attempt: 2, status: 200 },
    ]);
    expect(loopback.received.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${keyA}`,
      `Bearer ${keyB}`,
    ]);
    expect(JSON.stringify(events)).not.toContain(keyA);

    const slots = store.slots(openAi);
    expect(slots.map((slot) => [slot.lastFour, slot.source, slot.state])).toEqual([
      ['aaaa', 'session', 'rate-limited'],
      ['bbbb', 'session', 'ok'],
    ]);
    expect(slots[0]?.rateLimitedUntil).toBeGreaterThanOrEqual(before + 29_000);
    // The key shown in the window is the one the next request will use.
    expect(store.status(openAi)).toEqual({ configured: true, source: 'session', lastFour: 'bbbb' });
  });

  it('moves to the next key at once on a 401, which stays rejected for later runs', async () => {
    const loopback = await serveByKey({ status: 401, fixture: 'openai_error_401_invalid_api_key.json' });
    const store = storeWithTwoKeys();
    const first = await runWithPool(loopback.origin, store);
    expect(first.transcript.status).toBe('done');
    expect(first.transcript.attempts).toMatchObject([
      { attempt: 1, status: 401, retryInMs: 0, nextKeyLastFour: 'bbbb', error: { hintKey: 'status-401' } },
      { attempt: 2, status: 200 },
    ]);
    expect(store.slots(openAi).map((slot) => slot.state)).toEqual(['rejected', 'ok']);

    const second = await runWithPool(loopback.origin, store);
    expect(second.transcript.attempts).toHaveLength(1);
    expect(loopback.received.at(-1)?.headers.authorization).toBe(`Bearer ${keyB}`);
  });

  it('moves past a key whose quota is exhausted and shows it as exhausted', async () => {
    const loopback = await serveByKey({ status: 429, fixture: 'openai_error_429_insufficient_quota.json' });
    const store = storeWithTwoKeys();
    const { transcript } = await runWithPool(loopback.origin, store);
    expect(transcript.status).toBe('done');
    expect(transcript.attempts[0]).toMatchObject({ status: 429, nextKeyLastFour: 'bbbb', retryInMs: 0 });
    expect(store.slots(openAi).map((slot) => slot.state)).toEqual(['exhausted', 'ok']);
  });

  it('ends with the 401 when no other key is left', async () => {
    const loopback = await serveByKey({ status: 401, fixture: 'openai_error_401_invalid_api_key.json' });
    const store = createKeyStore({});
    store.set('openai', keyA);
    const { transcript, types } = await runWithPool(loopback.origin, store);
    expect(types).not.toContain('attempt-failed');
    expect(transcript.error).toMatchObject({ status: 401 });
    expect(store.slots(openAi).map((slot) => slot.state)).toEqual(['rejected']);
  });

  it('waits and tries again when every key is rate-limited', async () => {
    let calls = 0;
    server = await startLoopbackServer(async (_request, response) => {
      calls += 1;
      if (calls <= 2) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '50' });
        response.end(readFixture('wire/openai_error_429_rate_limit_exceeded.json'));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(readFixture('wire/openai_chat_stream_usage.sse'));
    });
    const store = storeWithTwoKeys();
    const { transcript } = await runWithPool(server.origin, store);
    expect(transcript.status).toBe('done');
    expect(transcript.attempts.map((attempt) => [attempt.status, attempt.retryInMs])).toEqual([
      [429, 0],
      [429, 50],
      [200, undefined],
    ]);
  });
});
