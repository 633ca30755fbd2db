import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { createEventCoalescer } from './event-coalescer.ts';

describe('the event coalescer', () => {
  it('sends the first delta at once, joins the rest, and keeps every other event in order', async () => {
    const sent: StreamEvent[] = [];
    const coalescer = createEventCoalescer((event) => sent.push(event), 10);
    coalescer.push({ type: 'response-start', atMs: 1, status: 200, headers: {} });
    coalescer.push({ type: 'text-delta', atMs: 2, text: 'Hel' });
    expect(sent.map((event) => event.type)).toEqual(['response-start', 'text-delta']);
    coalescer.push({ type: 'raw-chunk', atMs: 3, text: 'data: a\n\n' });
    coalescer.push({ type: 'text-delta', atMs: 4, text: 'lo ' });
    coalescer.push({ type: 'raw-chunk', atMs: 5, text: 'data: b\n\n' });
    coalescer.push({ type: 'text-delta', atMs: 6, text: 'world' });
    // The first raw chunk went at once too; the later deltas wait for the window.
    expect(sent).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sent.slice(3)).toEqual([
      { type: 'text-delta', atMs: 4, text: 'lo world' },
      { type: 'raw-chunk', atMs: 5, text: 'data: b\n\n' },
    ]);
    coalescer.push({ type: 'text-delta', atMs: 7, text: '!' });
    coalescer.push({ type: 'stream-end', atMs: 8, finishReason: 'stop' });
    // The end flushes what waits before it, so no text arrives after the end.
    expect(sent.slice(-2)).toEqual([
      { type: 'text-delta', atMs: 7, text: '!' },
      { type: 'stream-end', atMs: 8, finishReason: 'stop' },
    ]);
    const text = sent.flatMap((event) => (event.type === 'text-delta' ? [event.text] : [])).join('');
    expect(text).toBe('Hello world!');
  });
});
