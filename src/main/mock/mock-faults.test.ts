import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './mock-server.ts';
import { openAiChunks, parseEvents, post } from './mock-test-client.ts';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ tokensPerSecond: 0 });
});
afterAll(() => server.close());

const anthropicHeaders = { 'anthropic-version': '2023-06-01', 'x-api-key': 'sk-ant-test' };
const messages = [{ role: 'user', content: 'Tell me a joke.' }];

function openAi(model: string, headers: Record<string, string> = {}, extra: object = {}) {
  return post(`${server.url}/v1/chat/completions`, { model, messages, ...extra }, headers);
}
function anthropic(model: string, headers: Record<string, string> = {}, extra: object = {}) {
  return post(
    `${server.url}/v1/messages`,
    { model, max_tokens: 256, messages, ...extra },
    { ...anthropicHeaders, ...headers },
  );
}

describe('error faults, OpenAI format', () => {
  it.each([
    ['mock-error-400', 400, 'invalid_request_error', 'unsupported_parameter'],
    ['mock-error-401', 401, 'invalid_request_error', 'invalid_api_key'],
    ['mock-error-403', 403, 'request_forbidden', 'unsupported_country_region_territory'],
    ['mock-error-404', 404, 'invalid_request_error', 'model_not_found'],
    ['mock-error-429', 429, 'requests', 'rate_limit_exceeded'],
    ['mock-error-quota', 429, 'insufficient_quota', 'insufficient_quota'],
    ['mock-error-500', 500, 'server_error', null],
    ['mock-overloaded', 503, 'server_error', null],
  ])('%s answers %i with type %s and code %s', async (model, status, type, code) => {
    const reply = await openAi(model);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$/);
    const body = JSON.parse(reply.text);
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({
      message: expect.any(String),
      type,
      param: model === 'mock-error-400' ? 'max_tokens' : null,
      code,
    });
    if (model === 'mock-error-404') expect(body.error.message).toContain('`mock-error-404`');
    if (model === 'mock-error-500') expect(body.error.message).toContain(reply.headers['x-request-id']);
  });

  it('mock-error-429 says when to retry; mock-error-quota does not, as it is not worth retrying', async () => {
    const limited = await openAi('mock-error-429');
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers['retry-after-ms']).toBe('1000');
    expect(limited.headers['x-ratelimit-remaining-requests']).toBe('0');
    const quota = await openAi('mock-error-quota');
    expect(quota.headers['retry-after']).toBeUndefined();
  });
});

describe('error faults, Anthropic format', () => {
  it.each([
    ['mock-error-400', 400, 'invalid_request_error'],
    ['mock-error-401', 401, 'authentication_error'],
    ['mock-error-403', 403, 'permission_error'],
    ['mock-error-404', 404, 'not_found_error'],
    ['mock-error-429', 429, 'rate_limit_error'],
    ['mock-error-quota', 400, 'invalid_request_error'],
    ['mock-error-500', 500, 'api_error'],
    ['mock-overloaded', 529, 'overloaded_error'],
  ])('%s answers %i with %s', async (model, status, type) => {
    const reply = await anthropic(model);
    expect(reply.status).toBe(status);
    const requestId = reply.headers['request-id'];
    expect(requestId).toMatch(/^req_011C/);
    expect(JSON.parse(reply.text)).toEqual({
      type: 'error',
      error: { type, message: expect.any(String) },
      request_id: requestId,
    });
  });

  it('mock-error-429 says when to retry; quota reads like an empty credit balance', async () => {
    const limited = await anthropic('mock-error-429');
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers['retry-after-ms']).toBe('1000');
    expect(limited.headers['anthropic-ratelimit-requests-remaining']).toBe('0');
    const quota = JSON.parse((await anthropic('mock-error-quota')).text);
    expect(quota.error.message).toMatch(/credit balance is too low/);
  });
});

describe('choosing a fault', () => {
  it('lets the x-mock-fault header win over the model name', async () => {
    expect((await openAi('gpt-4o', { 'x-mock-fault': 'mock-error-401' })).status).toBe(401);
    expect((await anthropic('mock-error-401', { 'x-mock-fault': 'mock-fast' })).status).toBe(200);
    expect((await openAi('gpt-4o', { 'x-mock-fault': 'Error-500' })).status).toBe(500);
  });

  it('rejects an unknown x-mock-fault, listing the known ones', async () => {
    const reply = await openAi('gpt-4o', { 'x-mock-fault': 'mock-explode' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).error.message).toMatch(/'mock-explode'.*mock-error-429/);
    const anthropicReply = await anthropic('claude-sonnet-4-5', { 'x-mock-fault': 'explode' });
    expect(anthropicReply.status).toBe(400);
    expect(JSON.parse(anthropicReply.text).error.type).toBe('invalid_request_error');
  });

  it('answers any other model name normally', async () => {
    expect((await openAi('my-fine-tune')).status).toBe(200);
    expect((await anthropic('claude-opus-4-1')).status).toBe(200);
  });
});

describe('mock-stream-error', () => {
  it('OpenAI: some text after a 200, then an error chunk and [DONE]', async () => {
    const reply = await openAi('mock-stream-error', {}, { stream: true });
    expect(reply.status).toBe(200);
    const chunks = openAiChunks(reply.text);
    const textChunks = chunks.filter((chunk) => chunk.choices?.[0]?.delta.content);
    expect(textChunks).toHaveLength(10);
    expect(chunks.at(-1)).toEqual({
      error: {
        message: expect.stringMatching(/error processing your request/),
        type: 'server_error',
        param: null,
        code: null,
      },
    });
    expect(parseEvents(reply.text).at(-1)?.data).toBe('[DONE]');
    expect(chunks.some((chunk) => chunk.choices?.[0]?.finish_reason)).toBe(false);
  });

  it('Anthropic: some text after a 200, then event: error overloaded_error and the end', async () => {
    const reply = await anthropic('mock-stream-error', {}, { stream: true });
    expect(reply.status).toBe(200);
    const events = parseEvents(reply.text);
    expect(events.map((event) => event.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      ...Array<string>(10).fill('content_block_delta'),
      'error',
    ]);
    expect(JSON.parse(events.at(-1)?.data ?? '')).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('without streaming, fails the way each vendor would: 500 and 529', async () => {
    expect((await openAi('mock-stream-error')).status).toBe(500);
    expect((await anthropic('mock-stream-error')).status).toBe(529);
  });
});

describe('mock-429-once', () => {
  it('OpenAI: 429 with retry-after 1 for a new conversation, then the answer', async () => {
    const extra = { messages: [{ role: 'user', content: 'first try for openai' }] };
    const first = await openAi('mock-429-once', {}, extra);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    expect(JSON.parse(first.text).error.code).toBe('rate_limit_exceeded');
    const second = await openAi('mock-429-once', {}, extra);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.text).choices[0].message.content).toContain('first try for openai');
    expect((await openAi('mock-429-once', {}, extra)).status).toBe(200);
    const other = await openAi('mock-429-once', {}, { messages: [{ role: 'user', content: 'another one' }] });
    expect(other.status).toBe(429);
  });

  it('Anthropic: the same, chosen by header, with a streamed retry', async () => {
    const headers = { 'x-mock-fault': 'mock-429-once' };
    const extra = { messages: [{ role: 'user', content: 'first try for anthropic' }] };
    const first = await anthropic('claude-sonnet-4-5', headers, extra);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    expect(JSON.parse(first.text).error.type).toBe('rate_limit_error');
    const retry = await anthropic('claude-sonnet-4-5', headers, { ...extra, stream: true });
    expect(retry.status).toBe(200);
    expect(parseEvents(retry.text).at(-1)?.event).toBe('message_stop');
  });
});
