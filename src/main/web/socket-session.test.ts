import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type ResultFrame, type SocketClient, startHarness } from './test-harness.ts';

let harness: Harness;
let client: SocketClient;

beforeAll(async () => {
  harness = await startHarness();
  client = await harness.connect();
});

afterAll(async () => {
  await harness?.close();
});

/** Sends one raw frame and returns the next result frame. */
async function answerTo(raw: string | Buffer) {
  const before = client.frames.length;
  client.sendRaw(raw);
  await client.waitFor((frame) => client.frames.indexOf(frame) >= before && frame.kind === 'result');
  return client.frames.slice(before).find((frame) => frame.kind === 'result');
}

async function stillServes() {
  const result = await client.call('app.info', {});
  expect(result).toMatchObject({ ok: true, value: { transport: 'browser', version: '0.0.0-test' } });
}

describe('WebSocket frames', () => {
  it.each([
    ['text that is not JSON', 'hello', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /expected object, received array/],
    ['a JSON string', '"call"', /expected object/],
    ['a frame of another kind', '{"kind":"subscribe","id":1,"method":"app.info","input":{}}', /kind/],
    ['a negative id', '{"kind":"call","id":-1,"method":"app.info","input":{}}', /id/],
  ])('answers %s with invalid-payload under id null and keeps serving', async (_name, raw, detail) => {
    const frame = await answerTo(raw);
    expect(frame).toMatchObject({
      kind: 'result',
      id: null,
      result: { ok: false, error: { code: 'invalid-payload' } },
    });
    const error = (frame as ResultFrame).result.error;
    expect(error?.message).toMatch(detail);
    expect(error?.hint).toBe('Check the highlighted fields and send again.');
    await stillServes();
  });

  it('answers a binary frame with invalid-payload', async () => {
    const frame = await answerTo(Buffer.from([1, 2, 3]));
    expect(frame).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid-payload' } } });
    await stillServes();
  });

  it('answers a frame without a method under its own id', async () => {
    const frame = await answerTo('{"kind":"call","id":77,"input":{}}');
    expect(frame).toMatchObject({ id: 77, result: { ok: false, error: { code: 'invalid-payload' } } });
    expect(JSON.stringify(frame)).toContain('method');
  });

  it('answers an unknown method with unknown-method', async () => {
    const result = await client.call('profiles.explode', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-method', message: 'Unknown method "profiles.explode".' },
    });
    const inherited = await client.call('constructor', {});
    expect(inherited).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    await stillServes();
  });

  it('names the field of a payload with a wrong type', async () => {
    const result = await client.call('keys.set', { profileId: 'openai', key: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey: 'fix-payload' } });
    expect(result.error?.message).toMatch(/^The request was not valid: key: .*expected string/);
  });

  it('names every missing field of chat.start', async () => {
    const result = await client.call('chat.start', { profileId: 'mock' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(result.error?.message).toContain('requestId');
    expect(result.error?.message).toContain('request');
  });

  it('refuses an array where an object belongs', async () => {
    const result = await client.call('profiles.update', ['openai']);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(result.error?.message).toContain('expected object, received array');
  });

  it('checks nested chat request fields', async () => {
    const result = await client.call('chat.start', {
      requestId: 'r1',
      profileId: 'mock',
      request: { model: 'mock-fast', messages: [], stream: true, temperature: 9 },
    });
    expect(result.error?.message).toContain('request.messages: Add at least one message');
    expect(result.error?.message).toContain('request.temperature');
    await stillServes();
  });
});
