import { describe, expect, it } from 'vitest';
import { isEventStream, splitSseEvents } from './sse-events.ts';

describe('splitSseEvents', () => {
  it('numbers events and reads their name, data and id', () => {
    const events = splitSseEvents(
      'event: message_start\ndata: {"a":1}\n\n: ping\n\ndata: first\ndata: second\nid: 7\n\n',
    );
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ number: 1, name: 'message_start', data: '{"a":1}' });
    expect(events[1]).toMatchObject({ number: 2, comments: ['ping'], data: '' });
    expect(events[2]).toMatchObject({ number: 3, data: 'first\nsecond', id: '7' });
  });

  it('accepts CRLF and CR line ends and a block split across chunks', () => {
    const chunks = ['data: one\r', '\n\r\ndata: tw', 'o\r\rdata: three'];
    expect(splitSseEvents(chunks.join('')).map((event) => event.data)).toEqual(['one', 'two', 'three']);
  });

  it('keeps a value without the single optional space after the colon', () => {
    expect(splitSseEvents('data:  two spaces\n\n')[0]?.data).toBe(' two spaces');
  });
});

describe('isEventStream', () => {
  it('matches the content type in any case', () => {
    expect(isEventStream({ 'Content-Type': 'text/event-stream; charset=utf-8' })).toBe(true);
    expect(isEventStream({ 'content-type': 'application/json' })).toBe(false);
    expect(isEventStream(undefined)).toBe(false);
  });
});
