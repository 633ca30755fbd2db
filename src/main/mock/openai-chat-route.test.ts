import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './mock-server.ts';
import { openAiChunks, openAiStreamText, parseEvents, post } from './mock-test-client.ts';

let server: MockServer;
let endpoint: string;

beforeAll(async () => {
  server = await startMockServer({ tokensPerSecond: 0 });
  endpoint = `${server.url}/v1/chat/completions`;
});
afterAll(() => server.close());

const question = { role: 'user', content: 'What is the capital of France?' };

describe('POST /v1/chat/completions streamed', () => {
  it('sends role chunk, content chunks, finish chunk, usage chunk with no choices, then [DONE]', async () => {
    const reply = await post(endpoint, {
      model: 'gpt-4o',
      messages: [question],
      stream: true,
      stream_options: { include_usage: true },
    });

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(reply.text);
    expect(events.at(-1)?.data).toBe('[DONE]');
    expect(events.every((event) => event.event === undefined)).toBe(true);

    const chunks = openAiChunks(reply.text);
    const first = chunks[0];
    expect(first?.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(first).toEqual({
      id: first?.id,
      object: 'chat.completion.chunk',
      created: expect.any(Number),
      model: 'gpt-4o',
      system_fingerprint: expect.stringMatching(/^fp_/),
      choices: [
        {
          index: 0,
          delta: { role: 'assistant', content: '', refusal: null },
          logprobs: null,
          finish_reason: null,
        },
      ],
    });
    for (const chunk of chunks) {
      expect(chunk.id).toBe(first?.id);
      expect(chunk.created).toBe(first?.created);
    }

    const content = chunks.slice(1, -2);
    expect(content.length).toBeGreaterThanOrEqual(60);
    for (const chunk of content) {
      expect(Object.keys(chunk.choices[0]?.delta ?? {})).toEqual(['content']);
      expect(chunk.choices[0]?.finish_reason).toBeNull();
    }

    expect(chunks.at(-2)?.choices).toEqual([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
    const usageChunk = chunks.at(-1);
    expect(usageChunk?.choices).toEqual([]);
    expect(usageChunk?.usage).toEqual({
      prompt_tokens: expect.any(Number),
      completion_tokens: content.length,
      total_tokens: (usageChunk?.usage?.prompt_tokens ?? 0) + content.length,
    });
    expect(usageChunk?.usage?.prompt_tokens).toBeGreaterThan(0);
  });

  it('leaves out the usage chunk unless include_usage asks for it', async () => {
    const reply = await post(endpoint, { model: 'gpt-4o', messages: [question], stream: true });
    const chunks = openAiChunks(reply.text);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false);
  });

  it('sends x-request-id and x-ratelimit-* headers as OpenAI does', async () => {
    const reply = await post(endpoint, { model: 'gpt-4o', messages: [question], stream: true });
    expect(reply.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$/);
    expect(reply.headers['x-ratelimit-limit-requests']).toBe('5000');
    expect(reply.headers['x-ratelimit-remaining-requests']).toBe('4999');
    expect(Number(reply.headers['x-ratelimit-remaining-tokens'])).toBeLessThan(800_000);
    expect(reply.headers['x-ratelimit-reset-requests']).toMatch(/^\d+(ms|s)$/);
    expect(reply.headers['x-ratelimit-reset-tokens']).toMatch(/^\d+(ms|s)$/);
  });
});

describe('POST /v1/chat/completions not streamed', () => {
  it('answers with a chat.completion object and usage', async () => {
    const reply = await post(endpoint, { model: 'gpt-4o-mini', messages: [question] });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    const body = JSON.parse(reply.text);
    expect(body).toEqual({
      id: expect.stringMatching(/^chatcmpl-/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: expect.any(String), refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: expect.any(Number),
        completion_tokens: expect.any(Number),
        total_tokens: expect.any(Number),
      },
      system_fingerprint: expect.stringMatching(/^fp_/),
    });
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(body.choices[0].message.content).toContain('capital of France');
    expect(body.choices[0].message.content).toMatch(/mock/);
  });

  it('gives the same text streamed and not, and the same text every time', async () => {
    const messages = [{ role: 'system', content: 'Be brief.' }, question];
    const streamed = await post(endpoint, { model: 'gpt-4o', messages, stream: true });
    const plain = await post(endpoint, { model: 'gpt-4o', messages });
    const again = await post(endpoint, { model: 'gpt-4o', messages });
    const text = JSON.parse(plain.text).choices[0].message.content;
    expect(openAiStreamText(streamed.text)).toBe(text);
    expect(JSON.parse(again.text).choices[0].message.content).toBe(text);
  });

  it('answers a Chinese prompt in Chinese, with multibyte characters intact when streamed', async () => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: '请用一句话介绍一下北京' }] }];
    const plain = JSON.parse((await post(endpoint, { model: 'gpt-4o', messages })).text);
    const text: string = plain.choices[0].message.content;
    expect(text).toMatch(/模拟/);
    expect(text).toContain('请用一句话介绍一下北京');
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    const streamed = await post(endpoint, { model: 'gpt-4o', messages, stream: true });
    const chunks = openAiChunks(streamed.text);
    expect(openAiStreamText(streamed.text)).toBe(text);
    expect(chunks.length - 2).toBe(plain.usage.completion_tokens);
  });

  it('stops at max_tokens with finish_reason length', async () => {
    const body = JSON.parse(
      (await post(endpoint, { model: 'gpt-4o', messages: [question], max_tokens: 7 })).text,
    );
    expect(body.choices[0].finish_reason).toBe('length');
    expect(body.usage.completion_tokens).toBe(7);
    expect(body.choices[0].message.content.trim().split(/\s+/)).toHaveLength(7);

    const newer = await post(endpoint, {
      model: 'gpt-4o',
      messages: [question],
      max_completion_tokens: 3,
      stream: true,
    });
    const chunks = openAiChunks(newer.text);
    expect(chunks.filter((chunk) => chunk.choices[0]?.delta.content)).toHaveLength(3);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('length');
  });

  it('stops before a stop sequence with finish_reason stop', async () => {
    const body = JSON.parse(
      (await post(endpoint, { model: 'gpt-4o', messages: [question], stop: ['mock'] })).text,
    );
    expect(body.choices[0].message.content).toBe('Hi! This is the Promptwire ');
    expect(body.choices[0].finish_reason).toBe('stop');
  });
});

describe('POST /v1/chat/completions validation', () => {
  it.each([
    [{ messages: [question] }, { message: 'you must provide a model parameter', param: null, code: null }],
    [{ model: 'gpt-4o' }, { message: "Missing required parameter: 'messages'.", param: 'messages' }],
    [
      { model: 'gpt-4o', messages: [] },
      { param: 'messages', code: 'empty_array' },
    ],
    [
      { model: 'gpt-4o', messages: [question], max_tokens: 0 },
      { param: 'max_tokens', code: 'invalid_value' },
    ],
  ])('rejects %j with a 400 in OpenAI shape', async (request, expected) => {
    const reply = await post(endpoint, request);
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.text);
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['message', 'type', 'param', 'code']);
    expect(body.error).toMatchObject({ type: 'invalid_request_error', ...expected });
    expect(reply.headers['x-request-id']).toMatch(/^req_/);
  });

  it('rejects a body that is not JSON', async () => {
    const reply = await post(endpoint, '{"model": ');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).error.message).toMatch(/could not parse the JSON body/);
  });
});
