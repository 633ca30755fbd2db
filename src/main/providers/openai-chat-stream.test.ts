import { describe, expect, it } from 'vitest';
import { decodeChunks, readFixture, terminalEvents } from './wire-fixtures.ts';

describe('OpenAI Chat Completions stream', () => {
  it('decodes text, usage and the finish reason of openai_chat_stream_usage.sse', () => {
    const { events, transcript } = decodeChunks('openai-chat', [
      readFixture('wire/openai_chat_stream_usage.sse'),
    ]);
    expect(transcript.text).toBe('{"city":"San Francisco","units":"c"}');
    expect(transcript.reasoning).toBe('');
    expect(transcript.toolCalls).toEqual([]);
    expect(transcript.usage).toEqual({ inputTokens: 17, outputTokens: 10 });
    expect(transcript.status).toBe('done');
    expect(transcript.finishReason).toBe('stop');
    expect(terminalEvents(events)).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('stream-end');
  });

  it('assembles one tool call from openai_chat_stream_tool_call.sse', () => {
    const { events, transcript } = decodeChunks('openai-chat', [
      readFixture('wire/openai_chat_stream_tool_call.sse'),
    ]);
    expect(transcript.text).toBe('');
    expect(transcript.toolCalls).toEqual([
      {
        index: 0,
        id: 'call_4XzlGBLtUe9dy3GVNV4jhq7h',
        name: 'get_weather',
        arguments: '{"city":"New York City"}',
      },
    ]);
    expect(JSON.parse(transcript.toolCalls[0]?.arguments ?? '')).toEqual({ city: 'New York City' });
    expect(transcript.usage).toEqual({ inputTokens: 44, outputTokens: 16, reasoningTokens: 0 });
    expect(transcript.finishReason).toBe('tool_calls');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('keeps interleaved parallel tool calls apart by index', () => {
    const { events, transcript } = decodeChunks('openai-chat', [
      readFixture('wire/openai_chat_stream_parallel_tool_calls.sse'),
    ]);
    expect(transcript.toolCalls.map((call) => ({ ...call, arguments: JSON.parse(call.arguments) }))).toEqual([
      {
        index: 0,
        id: 'call_JMW1whyEaYG438VE1OIflxA2',
        name: 'GetWeatherArgs',
        arguments: { city: 'Edinburgh', country: 'GB', units: 'c' },
      },
      {
        index: 1,
        id: 'call_DNYTawLBoN8fj3KN6qU9N1Ou',
        name: 'get_stock_price',
        arguments: { ticker: 'AAPL', exchange: 'NASDAQ' },
      },
    ]);
    expect(transcript.usage).toEqual({ inputTokens: 149, outputTokens: 60, reasoningTokens: 0 });
    expect(transcript.finishReason).toBe('tool_calls');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('turns an error object inside a 200 stream into one stream-error, ignoring the [DONE] after it', () => {
    const { events, transcript } = decodeChunks('openai-compatible', [
      readFixture('wire/openai_chat_stream_error_chunk.sse'),
    ]);
    const terminals = terminalEvents(events);
    expect(terminals).toHaveLength(1);
    expect(transcript.status).toBe('failed');
    expect(transcript.error).toMatchObject({
      code: 'stream-error',
      hintKey: 'stream-vendor-error',
      vendorType: 'server_error',
      vendorMessage: expect.stringMatching(/^The server had an error processing your request/),
      hint: 'The vendor ended the stream with an error. The text received so far is kept.',
    });
    expect(transcript.error?.message).toMatch(
      /^The stream from api\.example\.test failed: The server had an error processing your request\./,
    );
  });

  it('keeps the text already received when an error chunk arrives mid-stream', () => {
    const { transcript, events } = decodeChunks('openai-chat', [
      'data: {"choices":[{"index":0,"delta":{"content":"Partial answer"},"finish_reason":null}]}\n\n',
      'data: {"error":{"message":"Overloaded","type":"overloaded","param":null,"code":null}}\n\n',
      'data: {"choices":[{"index":0,"delta":{"content":" never shown"},"finish_reason":null}]}\n\n',
    ]);
    expect(transcript.text).toBe('Partial answer');
    expect(transcript.error?.vendorMessage).toBe('Overloaded');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('reads the reasoning field names of DeepSeek/Qwen (reasoning_content) and OpenRouter (reasoning)', () => {
    const { transcript } = decodeChunks('openai-compatible', [
      'data: {"choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"Think"},"finish_reason":null}]}\n\n',
      'data: {"choices":[{"index":0,"delta":{"reasoning":"ing."},"finish_reason":null}]}\n\n',
      'data: {"choices":[{"index":0,"delta":{"content":"Answer"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":7,"completion_tokens_details":{"reasoning_tokens":3}}}\n\n',
      'data: [DONE]\n\n',
    ]);
    expect(transcript.reasoning).toBe('Thinking.');
    expect(transcript.text).toBe('Answer');
    expect(transcript.usage).toEqual({ inputTokens: 5, outputTokens: 7, reasoningTokens: 3 });
    expect(transcript.finishReason).toBe('stop');
  });

  it('ends with the finish reason when the connection closes after it but before [DONE]', () => {
    const { transcript, events } = decodeChunks('openai-compatible', [
      'data: {"choices":[{"index":0,"delta":{"content":"Done"},"finish_reason":"length"}]}\n\n',
    ]);
    expect(transcript.status).toBe('done');
    expect(transcript.finishReason).toBe('length');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('reports a connection that closes with no finish at all as a stream-error, keeping the text', () => {
    const { transcript, events } = decodeChunks('openai-chat', [
      'data: {"choices":[{"index":0,"delta":{"content":"Half an ans"},"finish_reason":null}]}\n\n',
      'data: {"choices":[{"index":0,"delta":{"con',
    ]);
    expect(transcript.text).toBe('Half an ans');
    expect(transcript.status).toBe('failed');
    expect(transcript.error).toMatchObject({
      code: 'stream-error',
      message: 'The stream from api.example.test failed: the connection closed before the stream finished',
      hintKey: 'stream-closed-early',
    });
    expect(terminalEvents(events)).toHaveLength(1);
  });
});
