import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_MODELS } from './mock-behaviours.ts';
import { type MockServer, startMockServer } from './mock-server.ts';
import { get, openAiStreamText, openStream, post } from './mock-test-client.ts';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ tokensPerSecond: 0 });
});
afterAll(() => server.close());

const anthropicHeaders = { 'anthropic-version': '2023-06-01', 'x-api-key': 'sk-ant-test' };
const messages = [{ role: 'user', content: 'Count to ten.' }];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

describe('GET /v1/models', () => {
  it('lists the behaviours in OpenAI shape', async () => {
    const reply = await get(`${server.url}/v1/models`, { authorization: 'Bearer sk-test' });
    expect(reply.status).toBe(200);
    expect(reply.headers['x-request-id']).toMatch(/^req_/);
    const body = JSON.parse(reply.text);
    expect(Object.keys(body)).toEqual(['object', 'data']);
    expect(body.object).toBe('list');
    expect(body.data.map((model: { id: string }) => model.id)).toEqual(
      MOCK_MODELS.map((model) => model.name),
    );
    expect(body.data).toContainEqual({
      id: 'mock-stall',
      object: 'model',
      created: expect.any(Number),
      owned_by: expect.any(String),
    });
  });

  it('lists them in Anthropic shape for an Anthropic client', async () => {
    const variants: Record<string, string>[] = [
      anthropicHeaders,
      { 'anthropic-version': '2023-06-01' },
      { 'x-api-key': 'k' },
    ];
    for (const headers of variants) {
      const reply = await get(`${server.url}/v1/models?limit=20`, headers);
      expect(reply.status).toBe(200);
      const body = JSON.parse(reply.text);
      expect(Object.keys(body)).toEqual(['data', 'has_more', 'first_id', 'last_id']);
      expect(body.data[0]).toEqual({
        type: 'model',
        id: 'mock-default',
        display_name: expect.any(String),
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      });
      expect(body.data).toHaveLength(MOCK_MODELS.length);
      expect(body.has_more).toBe(false);
      expect(body.first_id).toBe('mock-default');
      expect(body.last_id).toBe(body.data.at(-1).id);
    }
  });

  it('fails on demand through x-mock-fault, so a connection test can be shown failing', async () => {
    const reply = await get(`${server.url}/v1/models`, {
      ...anthropicHeaders,
      'x-mock-fault': 'mock-error-401',
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.text).error.type).toBe('authentication_error');
  });
});

describe('unknown paths', () => {
  it('answers 404 in OpenAI shape naming the path, with a hint about a doubled /v1', async () => {
    const reply = await post(`${server.url}/v1/v1/chat/completions`, { model: 'gpt-4o', messages });
    expect(reply.status).toBe(404);
    const body = JSON.parse(reply.text);
    expect(body).toEqual({
      error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: null },
    });
    expect(body.error.message).toMatch(/^Invalid URL \(POST \/v1\/v1\/chat\/completions\)/);
    expect(body.error.message).toMatch(/\/v1 twice/);
  });

  it('answers 404 in Anthropic shape for an Anthropic client, with a hint about a missing /v1', async () => {
    const reply = await post(
      `${server.url}/messages`,
      { model: 'claude', max_tokens: 5, messages },
      anthropicHeaders,
    );
    expect(reply.status).toBe(404);
    const body = JSON.parse(reply.text);
    expect(body).toEqual({
      type: 'error',
      error: { type: 'not_found_error', message: expect.stringContaining('POST /messages') },
      request_id: reply.headers['request-id'],
    });
    expect(body.error.message).toMatch(/lacks \/v1/);
  });

  it('treats a wrong method on a known path as unknown', async () => {
    const reply = await get(`${server.url}/v1/chat/completions`);
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text).error.message).toMatch(/GET \/v1\/chat\/completions/);
  });
});

describe('pace', () => {
  it('streams a 20-token answer at 100 tokens/s in no less than ~150 ms', async () => {
    const started = performance.now();
    const reply = await post(
      `${server.url}/v1/chat/completions`,
      { model: 'gpt-4o', messages, max_tokens: 20, stream: true },
      { 'x-mock-tokens-per-second': '100' },
    );
    const elapsed = performance.now() - started;
    expect(reply.status).toBe(200);
    expect(openAiStreamText(reply.text).trim().split(/\s+/)).toHaveLength(20);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(5000);
  });

  it('makes mock-slow stream at 5 tokens/s even on a fast server', async () => {
    const started = performance.now();
    const reply = await post(
      `${server.url}/v1/messages`,
      { model: 'mock-slow', max_tokens: 2, messages, stream: true },
      anthropicHeaders,
    );
    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('rejects a pace header that is not a number', async () => {
    const reply = await post(
      `${server.url}/v1/chat/completions`,
      { model: 'gpt-4o', messages },
      { 'x-mock-tokens-per-second': 'fast' },
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).error.message).toMatch(/x-mock-tokens-per-second/);
  });

  it('refuses a negative server pace', async () => {
    await expect(startMockServer({ tokensPerSecond: -1 })).rejects.toThrow(RangeError);
  });
});

describe('open streams', () => {
  let own: MockServer | undefined;
  afterEach(async () => {
    await own?.close();
    own = undefined;
  });

  it('stops writing and clears its timers when the client goes away mid-stream', async () => {
    own = await startMockServer({ tokensPerSecond: 20 });
    const stream = await openStream(`${own.url}/v1/chat/completions`, {
      model: 'gpt-4o',
      messages,
      stream: true,
    });
    await stream.waitFor((text) => text.includes('"content":"Hi! "'));
    expect(own.activeStreamCount()).toBe(1);
    stream.abort();
    await waitUntil(() => own?.activeStreamCount() === 0);
  });

  it('mock-stall sends some text, then nothing, keeping the connection open until the client leaves', async () => {
    const stream = await openStream(
      `${server.url}/v1/messages`,
      { model: 'mock-stall', max_tokens: 500, messages, stream: true },
      anthropicHeaders,
    );
    expect(stream.status).toBe(200);
    const partial = await stream.waitFor((text) => text.split('content_block_delta').length > 10);
    await sleep(300);
    expect(stream.received()).toBe(partial);
    expect(server.activeStreamCount()).toBe(1);
    stream.abort();
    await waitUntil(() => server.activeStreamCount() === 0);
  });

  it('close() resolves promptly with a stalled stream and a stalled plain request open', async () => {
    own = await startMockServer({ tokensPerSecond: 0 });
    const stream = await openStream(`${own.url}/v1/chat/completions`, {
      model: 'mock-stall',
      messages,
      stream: true,
    });
    await stream.waitFor((text) => text.includes('"content"'));
    const plain = request(`${own.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'mock-stall', messages }),
    });
    const plainOutcome = plain.then(
      () => 'answered',
      () => 'cut',
    );
    await waitUntil(() => own?.activeStreamCount() === 2);

    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await stream.ended).toBe('error');
    expect(await plainOutcome).toBe('cut');
    expect(own.activeStreamCount()).toBe(0);
  });
});
