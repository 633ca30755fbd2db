import type { StreamEvent } from '../../shared/chat-schemas.ts';

type Mergeable = Extract<StreamEvent, { type: 'text-delta' | 'reasoning-delta' | 'raw-chunk' }>;

const mergeable = (event: StreamEvent): event is Mergeable =>
  event.type === 'text-delta' || event.type === 'reasoning-delta' || event.type === 'raw-chunk';

/**
 * Joins the deltas of one stream that arrive within `windowMs` into one event of each kind before
 * they cross to the window. A fast model (or six of them side by side) sends hundreds of deltas a
 * second; one message per delta costs the window more than drawing the text, and the window
 * draws a growing answer at most 30 times a second (frame-batcher.ts). The first delta of each
 * kind goes at once, so the time to first token is untouched; every other event (response-start, usage, the end) flushes what waits before it, so
 * the order that matters is kept. A joined delta keeps the time of its first part.
 */
export function createEventCoalescer(
  send: (event: StreamEvent) => void,
  windowMs = 32,
): { push(event: StreamEvent): void; flush(): void } {
  const waiting = new Map<Mergeable['type'], Mergeable>();
  const seen = new Set<Mergeable['type']>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const events = [...waiting.values()];
    waiting.clear();
    for (const event of events) send(event);
  };

  return {
    push(event) {
      if (!mergeable(event)) {
        flush();
        send(event);
        return;
      }
      if (!seen.has(event.type)) {
        seen.add(event.type);
        flush();
        send(event);
        return;
      }
      const earlier = waiting.get(event.type);
      waiting.set(event.type, earlier ? { ...earlier, text: earlier.text + event.text } : event);
      timer ??= setTimeout(flush, windowMs);
    },
    flush,
  };
}
