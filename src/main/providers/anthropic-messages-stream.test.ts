import { describe, expect, it } from 'vitest';
import { decodeChunks, payloadsToSse, readFixture, terminalEvents } from './wire-fixtures.ts';

describe('Anthropic Messages stream', () => {
  it('decodes anthropic_stream_basic.sse, ignoring ping', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      readFixture('wire/anthropic_stream_basic.sse'),
    ]);
    expect(transcript.text).toBe('Hello there!');
    expect(transcript.usage).toEqual({ inputTokens: 11, outputTokens: 6 });
    expect(transcript.finishReason).toBe('end_turn');
    expect(transcript.status).toBe('done');
    expect(terminalEvents(events)).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('stream-end');
  });

  it('decodes a text block followed by a tool_use block', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      readFixture('wire/anthropic_stream_tool_use.sse'),
    ]);
    expect(transcript.text).toBe("I'll check the current weather in Paris for you.");
    expect(transcript.toolCalls).toEqual([
      {
        index: 1,
        id: 'toolu_01NRLabsLyVHZPKxbKvkfSMn',
        name: 'get_weather',
        arguments: '{"location": "Paris"}',
      },
    ]);
    expect(JSON.parse(transcript.toolCalls[0]?.arguments ?? '')).toEqual({ location: 'Paris' });
    expect(transcript.usage).toEqual({ inputTokens: 377, outputTokens: 65 });
    expect(transcript.finishReason).toBe('tool_use');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('ends the truncated tool-use stream with max_tokens and keeps the unfinished arguments', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      readFixture('wire/anthropic_stream_tool_use_truncated_json.sse'),
    ]);
    expect(transcript.text).toBe(
      "I'll create a comprehensive tax guide for someone with multiple W2s and save it in a file called taxes.txt. Let me do that for you now.",
    );
    expect(transcript.toolCalls).toHaveLength(1);
    expect(transcript.toolCalls[0]).toMatchObject({
      index: 1,
      id: 'toolu_01EKqbqmZrGRXy18eN7m9kvY',
      name: 'make_file',
    });
    expect(transcript.toolCalls[0]?.arguments).toBe(
      '{"filename": "taxes.txt", "lines_of_text": [\n"# COMPREHENSIVE TAX GUIDE FOR INDIVIDUALS WITH MULTIPLE W-2s",\n"",\n"## INTRODUCTION",\n"",\n"Filing taxes',
    );
    expect(transcript.usage).toEqual({ inputTokens: 450, outputTokens: 124 });
    expect(transcript.status).toBe('done');
    expect(transcript.finishReason).toBe('max_tokens');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('still ends with the stop reason when the connection drops between message_delta and message_stop', () => {
    const wire = readFixture('wire/anthropic_stream_tool_use_truncated_json.sse');
    const cut = wire.slice(0, wire.indexOf('event: message_stop'));
    const { events, transcript } = decodeChunks('anthropic-messages', [cut]);
    expect(transcript.status).toBe('done');
    expect(transcript.finishReason).toBe('max_tokens');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('separates thinking from text and ignores the signature', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      payloadsToSse(readFixture('wire/anthropic_stream_thinking.payloads.jsonl')),
    ]);
    expect(transcript.reasoning).toBe(
      'The previous result was 925. Now I need to divide that by 5.\n\n925 ÷ 5 = 185',
    );
    expect(transcript.text).toBe('925 ÷ 5 = 185');
    expect(transcript.reasoning).not.toContain('EvQBCkYI');
    expect(transcript.usage).toEqual({ inputTokens: 69, outputTokens: 53 });
    expect(transcript.finishReason).toBe('end_turn');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('reports a refusal after thinking, with thinking tokens as reasoning tokens', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      readFixture('wire/anthropic_stream_thinking_refusal.sse'),
    ]);
    expect(transcript.reasoning).toBe(
      'Simple educational question about what a solar eclipse is. This is benign general knowledge — definitions are fine. Also the user called me "claudius" — I\'m Claude. Minor correction or just roll with it politely.',
    );
    expect(transcript.text).toBe('Hi');
    expect(transcript.usage).toEqual({ inputTokens: 28, outputTokens: 106, reasoningTokens: 67 });
    expect(transcript.finishReason).toBe('refusal');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('turns event: error inside a 200 stream into one stream-error', () => {
    const { events, transcript } = decodeChunks('anthropic-messages', [
      readFixture('wire/anthropic_stream_error_overloaded.sse'),
    ]);
    expect(terminalEvents(events)).toHaveLength(1);
    expect(transcript.status).toBe('failed');
    expect(transcript.error).toMatchObject({
      code: 'stream-error',
      message: 'The stream from api.example.test failed: Overloaded (overloaded_error)',
      hintKey: 'stream-vendor-error',
      vendorType: 'overloaded_error',
      vendorMessage: 'Overloaded',
    });
  });

  it('keeps the text already streamed when an error event arrives mid-message', () => {
    const basic = readFixture('wire/anthropic_stream_basic.sse');
    const beforeStop = basic.slice(0, basic.indexOf('event: content_block_stop'));
    const error = readFixture('wire/anthropic_stream_error_overloaded.sse');
    const { events, transcript } = decodeChunks('anthropic-messages', [beforeStop, error, basic]);
    expect(transcript.text).toBe('Hello there!');
    expect(transcript.error?.vendorType).toBe('overloaded_error');
    expect(terminalEvents(events)).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('stream-error');
  });

  it('reports a stream that closes before any stop reason as a stream-error', () => {
    const basic = readFixture('wire/anthropic_stream_basic.sse');
    const { events, transcript } = decodeChunks('anthropic-messages', [
      basic.slice(0, basic.indexOf('event: message_delta')),
    ]);
    expect(transcript.text).toBe('Hello there!');
    expect(transcript.error).toMatchObject({
      code: 'stream-error',
      params: { detail: 'the connection closed before the stream finished' },
    });
    expect(terminalEvents(events)).toHaveLength(1);
  });
});
