import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { applyStreamEvent, emptyTranscript } from '../../shared/transcript.ts';
import { adapterForFormat } from './provider-adapter.ts';

function decode(format: 'openai-chat' | 'anthropic-messages', body: unknown) {
  const events: StreamEvent[] = [];
  adapterForFormat(format).decodeResponse(body, {
    host: 'api.example.test',
    emit: (event) => events.push(event),
    now: () => 0,
  });
  const transcript = emptyTranscript();
  for (const event of events) applyStreamEvent(transcript, event);
  return { events, transcript };
}

describe('non-streaming responses become the same events', () => {
  it('reads an OpenAI completion with reasoning, text, tool calls and usage', () => {
    const { events, transcript } = decode('openai-chat', {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Let me check.',
            reasoning_content: 'Need the weather.',
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
              },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 20, completion_tokens: 12, total_tokens: 32 },
    });
    expect(transcript.text).toBe('Let me check.');
    expect(transcript.reasoning).toBe('Need the weather.');
    expect(transcript.toolCalls).toEqual([
      { index: 0, id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' },
    ]);
    expect(transcript.usage).toEqual({ inputTokens: 20, outputTokens: 12 });
    expect(transcript.finishReason).toBe('tool_calls');
    expect(events.at(-1)?.type).toBe('stream-end');
  });

  it('reads an Anthropic message with thinking, text and tool_use', () => {
    const { transcript } = decode('anthropic-messages', {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'Weather needed.', signature: 'sig' },
        { type: 'text', text: 'Checking.' },
        { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 30, cache_read_input_tokens: 100, output_tokens: 40 },
    });
    expect(transcript.reasoning).toBe('Weather needed.');
    expect(transcript.text).toBe('Checking.');
    expect(transcript.toolCalls).toEqual([
      { index: 2, id: 'toolu_1', name: 'get_weather', arguments: '{"city":"Oslo"}' },
    ]);
    expect(transcript.usage).toEqual({ inputTokens: 130, outputTokens: 40 });
    expect(transcript.finishReason).toBe('tool_use');
  });

  it('reports an error object in a 200 body as a stream-error with the vendor message', () => {
    const { events, transcript } = decode('openai-chat', {
      error: { message: 'Model is warming up', type: 'server_error' },
    });
    expect(events).toHaveLength(1);
    expect(transcript.error).toMatchObject({ code: 'stream-error', vendorMessage: 'Model is warming up' });
  });

  it('explains JSON that is not a completion at all', () => {
    const { transcript } = decode('anthropic-messages', { hello: 'world' });
    expect(transcript.error).toMatchObject({ code: 'stream-error', hintKey: 'unexpected-content' });
  });
});
