import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './mock-server.ts';
import { anthropicStreamText, parseEvents, post } from './mock-test-client.ts';

let server: MockServer;
let endpoint: string;

beforeAll(async () => {
  server = await startMockServer({ tokensPerSecond: 0 });
  endpoint = `${server.url}/v1/messages`;
});
afterAll(() => server.close());

const anthropicHeaders = { 'anthropic-version': '2023-06-01', 'x-api-key': 'sk-ant-test' };
const question = { role: 'user', content: 'Write a haiku about the sea.' };
const request = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [question] };

describe('POST /v1/messages streamed', () => {
  it('sends the event sequence of a real Anthropic stream', async () => {
    const reply = await post(endpoint, { ...request, stream: true }, anthropicHeaders);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/event-stream/);

    const events = parseEvents(reply.text);
    const names = events.map((event) => event.event);
    const deltaCount = names.filter((name) => name === 'content_block_delta').length;
    expect(deltaCount).toBeGreaterThanOrEqual(60);
    expect(names).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      ...Array<string>(deltaCount).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    // Each data payload names its own event type, as the SDKs check.
    for (const event of events) expect(JSON.parse(event.data).type).toBe(event.event);

    const [start, blockStart, ping] = events.map((event) => JSON.parse(event.data));
    expect(start).toEqual({
      type: 'message_start',
      message: {
        id: expect.stringMatching(/^msg_01[A-Za-z0-9]{22}$/),
        type: 'message',
        role: 'assistant',
        content: [],
        model: 'claude-sonnet-4-5',
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: expect.any(Number), output_tokens: 1 },
      },
    });
    expect(start.message.usage.input_tokens).toBeGreaterThan(0);
    expect(blockStart).toEqual({
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    });
    expect(ping).toEqual({ type: 'ping' });
    expect(JSON.parse(events[3]?.data ?? '')).toEqual({
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text: 'Hi! ' },
    });
    expect(JSON.parse(events.at(-3)?.data ?? '')).toEqual({ type: 'content_block_stop', index: 0 });
    expect(JSON.parse(events.at(-2)?.data ?? '')).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: deltaCount },
    });
  });

  it('sends request-id and anthropic-ratelimit-* headers as Anthropic does', async () => {
    const reply = await post(endpoint, { ...request, stream: true }, anthropicHeaders);
    expect(reply.headers['request-id']).toMatch(/^req_011C[A-Za-z0-9]{20}$/);
    for (const name of ['requests', 'tokens', 'input-tokens', 'output-tokens']) {
      expect(Number(reply.headers[`anthropic-ratelimit-${name}-limit`])).toBeGreaterThan(0);
      expect(Number(reply.headers[`anthropic-ratelimit-${name}-remaining`])).toBeGreaterThan(0);
      expect(reply.headers[`anthropic-ratelimit-${name}-reset`]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
  });
});

describe('POST /v1/messages not streamed', () => {
  it('answers with a message object and usage', async () => {
    const reply = await post(endpoint, request, anthropicHeaders);
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text);
    expect(body).toEqual({
      id: expect.stringMatching(/^msg_01/),
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: expect.stringContaining('Write a haiku about the sea.') }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
    });
    expect(reply.headers['request-id']).toMatch(/^req_/);
  });

  it('gives the same text streamed and not, and counts system text as input', async () => {
    const plain = JSON.parse((await post(endpoint, request, anthropicHeaders)).text);
    const streamed = await post(endpoint, { ...request, stream: true }, anthropicHeaders);
    expect(anthropicStreamText(streamed.text)).toBe(plain.content[0].text);
    const deltas = parseEvents(streamed.text).filter((event) => event.event === 'content_block_delta');
    expect(deltas).toHaveLength(plain.usage.output_tokens);

    const withSystem = JSON.parse(
      (await post(endpoint, { ...request, system: 'You are a poet who loves the sea.' }, anthropicHeaders))
        .text,
    );
    expect(withSystem.content[0].text).toBe(plain.content[0].text);
    expect(withSystem.usage.input_tokens).toBeGreaterThan(plain.usage.input_tokens);
  });

  it('answers a Chinese prompt in Chinese', async () => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: '今天天气怎么样？' }] }];
    const plain = JSON.parse((await post(endpoint, { ...request, messages }, anthropicHeaders)).text);
    const streamed = await post(endpoint, { ...request, messages, stream: true }, anthropicHeaders);
    const text: string = plain.content[0].text;
    expect(text).toMatch(/^你好！/);
    expect(text).toContain('今天天气怎么样？');
    expect(anthropicStreamText(streamed.text)).toBe(text);
    // Chinese streams one or two characters (or emoji) at a time.
    const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
    const wideDeltas = parseEvents(streamed.text)
      .map((event) => (event.event === 'content_block_delta' ? JSON.parse(event.data).delta.text.trim() : ''))
      .filter((delta: string) => delta !== '' && !/[A-Za-z0-9]/.test(delta));
    expect(wideDeltas.length).toBeGreaterThan(50);
    for (const delta of wideDeltas) expect([1, 2]).toContain(Array.from(graphemes.segment(delta)).length);
  });

  it('stops at max_tokens with stop_reason max_tokens', async () => {
    const body = JSON.parse((await post(endpoint, { ...request, max_tokens: 4 }, anthropicHeaders)).text);
    expect(body.stop_reason).toBe('max_tokens');
    expect(body.usage.output_tokens).toBe(4);
    expect(body.content[0].text).toBe('Hi! This is the ');
  });

  it('stops before a stop sequence and names it', async () => {
    const reply = await post(
      endpoint,
      { ...request, stop_sequences: ['server'], stream: true },
      anthropicHeaders,
    );
    expect(anthropicStreamText(reply.text)).toBe('Hi! This is the Promptwire mock ');
    const messageDelta = parseEvents(reply.text).find((event) => event.event === 'message_delta');
    expect(JSON.parse(messageDelta?.data ?? '').delta).toEqual({
      stop_reason: 'stop_sequence',
      stop_sequence: 'server',
    });
  });
});

describe('POST /v1/messages validation', () => {
  it.each([
    [{ model: 'claude-sonnet-4-5', messages: [question] }, 'max_tokens: Field required'],
    [{ model: 'claude-sonnet-4-5', max_tokens: 10 }, 'messages: Field required'],
    [
      { model: 'claude-sonnet-4-5', max_tokens: 10, messages: [] },
      'messages: at least one message is required',
    ],
    [{ max_tokens: 10, messages: [question] }, 'model: Field required'],
  ])('rejects %j with a 400 in Anthropic shape', async (body, message) => {
    const reply = await post(endpoint, body, anthropicHeaders);
    expect(reply.status).toBe(400);
    const requestId = reply.headers['request-id'];
    expect(JSON.parse(reply.text)).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message },
      request_id: requestId,
    });
  });
});
