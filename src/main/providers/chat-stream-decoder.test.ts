import { describe, expect, it } from 'vitest';
import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { decodeChunks, readFixture, terminalEvents } from './wire-fixtures.ts';

const expectedText = '你好，世界！🌍 Promptwire 支持流式输出 👋🏽——家庭：👨‍👩‍👧‍👦，完成。✅';

const utf8Cases: Array<{ format: ProviderFormat; fixture: string; reasoning: string }> = [
  { format: 'openai-chat', fixture: 'streams/openai-chinese-emoji.sse', reasoning: '' },
  {
    format: 'anthropic-messages',
    fixture: 'streams/anthropic-chinese-emoji.sse',
    reasoning: '用户想要中文和表情 🤔。',
  },
];

describe.each(utf8Cases)('UTF-8 across chunk boundaries ($format)', ({ format, fixture, reasoning }) => {
  const bytes = new TextEncoder().encode(readFixture(fixture));
  const whole = decodeChunks(format, [bytes]);

  it('decodes the whole stream', () => {
    expect(whole.transcript.text).toBe(expectedText);
    expect(whole.transcript.reasoning).toBe(reasoning);
    expect(whole.transcript.status).toBe('done');
    expect(terminalEvents(whole.events)).toHaveLength(1);
  });

  it('gives identical events when split into two chunks at every byte offset', () => {
    for (let offset = 1; offset < bytes.length; offset++) {
      const split = decodeChunks(format, [bytes.subarray(0, offset), bytes.subarray(offset)]);
      expect(split.transcript.text, `split at byte ${offset}`).toBe(expectedText);
      expect(split.semanticEvents, `split at byte ${offset}`).toEqual(whole.semanticEvents);
      // The Raw tab must never show a broken character either.
      expect(split.transcript.rawChunks.join('')).not.toContain('\uFFFD');
    }
  });

  it('gives identical events when fed one byte at a time', () => {
    const chunks = Array.from(bytes, (_, index) => bytes.subarray(index, index + 1));
    const byteByByte = decodeChunks(format, chunks);
    expect(byteByByte.transcript.text).toBe(expectedText);
    expect(byteByByte.semanticEvents).toEqual(whole.semanticEvents);
    expect(byteByByte.transcript.rawChunks.join('')).toBe(whole.transcript.rawChunks.join(''));
  });
});

describe('SSE framing', () => {
  const lf = readFixture('wire/anthropic_stream_tool_use.sse');
  const reference = decodeChunks('anthropic-messages', [lf]);

  it.each([
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('accepts %s line ends, split at every offset', (_name, lineEnd) => {
    const converted = lf.replaceAll('\n', lineEnd);
    expect(decodeChunks('anthropic-messages', [converted]).semanticEvents).toEqual(reference.semanticEvents);
    for (let offset = 1; offset < converted.length; offset += 7) {
      const split = decodeChunks('anthropic-messages', [converted.slice(0, offset), converted.slice(offset)]);
      expect(split.semanticEvents, `split at ${offset}`).toEqual(reference.semanticEvents);
    }
  });

  it('treats a CR ending one chunk and an LF starting the next as one line end', () => {
    const { transcript, events } = decodeChunks('openai-chat', [
      'data: {"choices":[{"index":0,"delta":{"content":"one"},"finish_reason":null}]}\r',
      '\n\r',
      '\ndata: {"choices":[{"index":0,"delta":{"content":" two"},"finish_reason":"stop"}]}\r\n\r\n',
      'data: [DONE]\r\n\r\n',
    ]);
    expect(transcript.text).toBe('one two');
    expect(transcript.finishReason).toBe('stop');
    expect(terminalEvents(events)).toHaveLength(1);
  });

  it('ignores comment lines such as keep-alives', () => {
    const { transcript } = decodeChunks('openai-compatible', [
      ': OPENROUTER PROCESSING\n\n',
      'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n',
      ':keep-alive\n\n',
      'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
    ]);
    expect(transcript.text).toBe('Hi');
    expect(transcript.finishReason).toBe('stop');
  });

  it('joins multi-line data fields with newlines before parsing', () => {
    const { transcript } = decodeChunks('anthropic-messages', [
      'event: content_block_delta\n',
      'data: {"type":"content_block_delta","index":0,\n',
      'data: "delta":{"type":"text_delta","text":"multi-line"}}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"}}\n\n',
      'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    ]);
    expect(transcript.text).toBe('multi-line');
    expect(transcript.finishReason).toBe('end_turn');
  });

  it('reports raw chunks as the exact text on the wire', () => {
    const chunks = [
      'data: {"choices":[{"index":0,"delta":{"content":"a"},',
      '"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
    ];
    const { transcript } = decodeChunks('openai-chat', chunks);
    expect(transcript.rawChunks).toEqual(chunks);
    expect(transcript.text).toBe('a');
  });
});
