import { afterEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { type LoopbackServer, type ReplayHandler, startLoopbackServer } from './loopback-test-server.ts';
import { runChat } from './run-chat.ts';
import { anthropicKey, chatRequest, openAiKey, replay, runAgainst, summarize } from './run-chat-harness.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: ReplayHandler): Promise<LoopbackServer> {
  server = await startLoopbackServer(handler);
  return server;
}

describe('runChat against a loopback server', () => {
  it('streams an OpenAI-format answer and sends the request OpenAI expects', async () => {
    const loopback = await serve(replay('wire/openai_chat_stream_usage.sse'));
    const { events, transcript, types } = await runAgainst({
      format: 'openai-chat',
      baseUrl: `${loopback.origin}/v1/`,
      apiKey: openAiKey,
      headers: { 'X-Relay-Token': 'relay-secret-token-9999' },
    });

    expect(transcript.text).toBe('{"city":"San Francisco","units":"c"}');
    expect(transcript.usage).toEqual({ inputTokens: 17, outputTokens: 10 });
    expect(transcript.finishReason).toBe('stop');
    expect(types.slice(0, 2)).toEqual(['request-sent', 'response-start']);
    expect(transcript.response).toMatchObject({ status: 200 });
    expect(transcript.response?.headers).toMatchObject({
      'content-type': 'text/event-stream',
      'x-request-id': 'req_test',
    });
    expect(transcript.rawChunks.join('')).toBe(readFixture('wire/openai_chat_stream_usage.sse'));

    const [received] = loopback.received;
    expect(received?.method).toBe('POST');
    expect(received?.path).toBe('/v1/chat/completions');
    expect(received?.headers.authorization).toBe(`Bearer ${openAiKey}`);
    expect(received?.headers['x-api-key']).toBeUndefined();
    expect(received?.headers['x-relay-token']).toBe('relay-secret-token-9999');
    expect(received?.headers.accept).toBe('text/event-stream');
    expect(JSON.parse(received?.body ?? '')).toEqual({
      model: 'test-model',
      messages: [
        { role: 'system', content: 'Answer briefly.' },
        { role: 'user', content: 'What is the weather?' },
      ],
      temperature: 0.3,
      stop: ['END'],
      stream: true,
      stream_options: { include_usage: true },
    });

    // What the inspector shows: the real URL and body, every credential masked.
    expect(transcript.request).toMatchObject({
      method: 'POST',
      url: `${loopback.origin}/v1/chat/completions`,
    });
    expect(transcript.request?.headers.authorization).toBe('Bearer sk-…abcd');
    expect(transcript.request?.headers['x-relay-token']).toBe('rel…9999');
    expect(transcript.request?.body).toBe(received?.body);
    expect(JSON.stringify(events)).not.toContain(openAiKey);
    expect(JSON.stringify(events)).not.toContain('relay-secret-token-9999');
  });

  it('streams an Anthropic answer with a tool call and sends the request Anthropic expects', async () => {
    const loopback = await serve(replay('wire/anthropic_stream_tool_use.sse'));
    const { events, transcript } = await runAgainst({
      format: 'anthropic-messages',
      baseUrl: loopback.origin,
      apiKey: anthropicKey,
    });

    expect(transcript.text).toBe("I'll check the current weather in Paris for you.");
    expect(transcript.toolCalls).toEqual([
      {
        index: 1,
        id: 'toolu_01NRLabsLyVHZPKxbKvkfSMn',
        name: 'get_weather',
        arguments: '{"location": "Paris"}',
      },
    ]);
    expect(transcript.finishReason).toBe('tool_use');

    const [received] = loopback.received;
    expect(received?.path).toBe('/v1/messages');
    expect(received?.headers['x-api-key']).toBe(anthropicKey);
    expect(received?.headers['anthropic-version']).toBe('2023-06-01');
    expect(received?.headers.authorization).toBeUndefined();
    expect(JSON.parse(received?.body ?? '')).toEqual({
      model: 'test-model',
      system: 'Answer briefly.',
      messages: [{ role: 'user', content: 'What is the weather?' }],
      max_tokens: 4096,
      temperature: 0.3,
      stop_sequences: ['END'],
      stream: true,
    });
    expect(transcript.request?.headers['x-api-key']).toBe('sk-…wxyz');
    expect(JSON.stringify(events)).not.toContain(anthropicKey);
  });

  it('reads a non-streaming JSON answer through the same events', async () => {
    const loopback = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: '你好 👋' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 3, completion_tokens: 4 },
        }),
      );
    });
    const { transcript, types } = await runAgainst(
      { format: 'openai-compatible', baseUrl: `${loopback.origin}/v1` },
      { ...chatRequest, stream: false },
    );
    expect(transcript.text).toBe('你好 👋');
    expect(transcript.finishReason).toBe('stop');
    expect(transcript.usage).toEqual({ inputTokens: 3, outputTokens: 4 });
    expect(types).toContain('raw-chunk');
    expect(loopback.received[0]?.headers.authorization).toBeUndefined();
    expect(JSON.parse(loopback.received[0]?.body ?? '').stream).toBe(false);
  });

  it('still ends with exactly one terminal event when the listener throws', async () => {
    const loopback = await serve(replay('wire/openai_chat_stream_tool_call.sse'));
    const events: StreamEvent[] = [];
    await runChat({
      target: { format: 'openai-chat', baseUrl: `${loopback.origin}/v1`, apiKey: openAiKey },
      request: chatRequest,
      signal: new AbortController().signal,
      emit: (event) => {
        events.push(event);
        if (event.type === 'tool-call-delta') throw new Error('listener bug');
      },
    });
    const { transcript } = summarize(events);
    expect(transcript.toolCalls[0]?.arguments).toBe('{"city":"New York City"}');
    expect(transcript.finishReason).toBe('tool_calls');
  });
});
