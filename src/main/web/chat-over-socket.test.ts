import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../mock/mock-server.ts';
import { type Harness, startHarness } from './test-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

function chatInput(requestId: string, model: string, profileId = 'mock') {
  return {
    requestId,
    profileId,
    request: { model, messages: [{ role: 'user', content: 'hi' }], stream: true },
  };
}

describe('chat over the WebSocket, against the in-process mock', () => {
  it('streams events keyed by the request id and ends with stream-end', async () => {
    const client = await harness.connect();
    expect(await client.call('chat.start', chatInput('first', 'mock-fast'))).toEqual({
      ok: true,
      value: { requestId: 'first', historyId: expect.any(String) },
    });
    const end = await client.chatEnd('first');
    expect(end).toMatchObject({ type: 'stream-end', finishReason: 'stop' });
    const types = client.chatEvents('first').map((event) => event.type);
    expect(types[0]).toBe('request-sent');
    expect(types).toContain('response-start');
    expect(types).toContain('text-delta');
    expect(types.filter((type) => type === 'stream-end' || type === 'stream-error')).toHaveLength(1);
    // The result frame of chat.start comes before the chat's first event.
    const resultIndex = client.frames.findIndex((frame) => frame.kind === 'result' && frame.id !== null);
    const firstEventIndex = client.frames.findIndex((frame) => frame.kind === 'event');
    expect(resultIndex).toBeLessThan(firstEventIndex);
  });

  it('speaks the Anthropic format through the same mock server', async () => {
    const client = await harness.connect();
    await client.call('chat.start', chatInput('anthropic', 'mock-fast', 'mock-anthropic'));
    expect(await client.chatEnd('anthropic')).toMatchObject({ type: 'stream-end' });
    const listed = await client.call('profiles.list', {});
    const baseUrls = (listed.value as { id: string; baseUrl: string }[]).map((profile) => profile.baseUrl);
    const [mockUrl, anthropicUrl] = baseUrls.slice(3);
    expect(mockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(anthropicUrl).toBe(mockUrl?.replace(/\/v1$/, ''));
  });

  it('cancels a running chat, which ends with a cancelled stream-error', async () => {
    const client = await harness.connect();
    await client.call('chat.start', chatInput('slow', 'mock-slow'));
    await client.waitFor(() => client.chatEvents('slow').some((event) => event.type === 'text-delta'));
    expect(await client.call('chat.cancel', { requestId: 'slow' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    const end = await client.chatEnd('slow');
    expect(end).toMatchObject({ type: 'stream-error', error: { code: 'cancelled' } });
    expect(await client.call('chat.cancel', { requestId: 'slow' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('answers cancelled:false for an id that never ran', async () => {
    const client = await harness.connect();
    expect(await client.call('chat.cancel', { requestId: 'never' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('refuses a second chat with a running id, and allows it once the first has ended', async () => {
    const client = await harness.connect();
    await client.call('chat.start', chatInput('twice', 'mock-slow'));
    const second = await client.call('chat.start', chatInput('twice', 'mock-fast'));
    expect(second).toMatchObject({ ok: false, error: { code: 'duplicate-request' } });
    await client.call('chat.cancel', { requestId: 'twice' });
    await client.chatEnd('twice');
    expect(await client.call('chat.start', chatInput('twice', 'mock-fast'))).toMatchObject({ ok: true });
  });

  it('keeps the chats of two connections apart', async () => {
    const first = await harness.connect();
    const second = await harness.connect();
    await first.call('chat.start', chatInput('shared-id', 'mock-slow'));
    expect(await second.call('chat.cancel', { requestId: 'shared-id' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    await second.call('chat.start', chatInput('shared-id', 'mock-fast'));
    await second.chatEnd('shared-id');
    expect(first.chatEvents('shared-id').some((event) => event.type === 'stream-end')).toBe(false);
    await first.call('chat.cancel', { requestId: 'shared-id' });
    expect(await first.chatEnd('shared-id')).toMatchObject({ type: 'stream-error' });
  });

  it('refuses a chat on a profile without its key, naming the variable', async () => {
    const client = await harness.connect();
    const result = await client.call('chat.start', chatInput('keyless', 'claude-sonnet-4-5', 'anthropic'));
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-key', hintKey: 'set-key' } });
    expect(result.error?.hint).toContain('ANTHROPIC_API_KEY');
    expect(client.chatEvents('keyless')).toEqual([]);
    // The id was given back, so the same id works once a key is there.
    expect(await client.call('keys.set', { profileId: 'anthropic', key: 'sk-ant-test-key-9999' })).toEqual({
      ok: true,
      value: { configured: true, source: 'stored', lastFour: '9999', backend: 'key-file' },
    });
    await client.call('keys.clear', { profileId: 'anthropic' });
  });

  it('reports a vendor error as a stream-error with the status and the hint', async () => {
    const client = await harness.connect();
    await client.call('chat.start', chatInput('rate', 'mock-error-429'));
    const end = await client.chatEnd('rate');
    expect(end).toMatchObject({ type: 'stream-error', error: { code: 'http-error', status: 429 } });
  });

  it('cancels the chats of a connection that closes, closing their upstream requests', async () => {
    // A mock server of the test's own, so its open streams can be counted from outside.
    const upstream = await startMockServer();
    const own = await startHarness();
    try {
      const client = await own.connect();
      await client.call('profiles.update', { profileId: 'mock', baseUrl: `${upstream.url}/v1` });
      await client.call('chat.start', chatInput('orphan', 'mock-stall'));
      await client.waitFor(() => client.chatEvents('orphan').some((event) => event.type === 'text-delta'));
      expect(upstream.activeStreamCount()).toBe(1);
      client.socket.close();
      await waitUntil(() => upstream.activeStreamCount() === 0);
    } finally {
      await own.close();
      await upstream.close();
    }
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
