import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import type { HistoryFinishInput } from './store.ts';

/** The part of a store (synchronous, or the worker's async one) the recorder writes through. */
export interface HistoryWriter {
  append(id: string, events: readonly StreamEvent[]): void | Promise<void>;
  finish(
    id: string,
    outcome?: HistoryFinishInput,
  ): HistorySummary | undefined | Promise<HistorySummary | undefined>;
}

export interface HistoryRecorderOptions {
  /** At most this far behind the stream is what a crash can lose. */
  flushIntervalMs?: number;
  /** A failed write is reported here and never thrown into the stream. */
  onError?: (error: unknown) => void;
}

export interface HistoryRecorder {
  /** Takes one event; never blocks: deltas are batched and written at most every flushIntervalMs. */
  record(event: StreamEvent): void;
  /** Writes what is batched now. */
  flush(): Promise<void>;
  /** Writes what is batched, then the final status and cost. */
  finish(outcome?: HistoryFinishInput): Promise<HistorySummary | undefined>;
}

export const defaultFlushIntervalMs = 250;

/**
 * Buffers one call's stream events and hands them to the store in batches: a long answer arrives as
 * thousands of deltas, and a database write per delta would slow the stream it records. Terminal
 * events are written at once so the row's status is right as soon as the stream ends.
 */
export function createHistoryRecorder(
  writer: HistoryWriter,
  id: string,
  options: HistoryRecorderOptions = {},
): HistoryRecorder {
  const interval = options.flushIntervalMs ?? defaultFlushIntervalMs;
  let pending: StreamEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  // Writes to an async writer are chained so batches land in order.
  let written: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return written;
    const batch = pending;
    pending = [];
    written = written.then(async () => {
      try {
        await writer.append(id, batch);
      } catch (error) {
        options.onError?.(error);
      }
    });
    return written;
  };

  return {
    record(event) {
      pending.push(event);
      if (event.type === 'stream-end' || event.type === 'stream-error') {
        void flush();
        return;
      }
      if (!timer) {
        timer = setTimeout(() => void flush(), interval);
        // A pending flush alone must not keep a CLI process alive.
        timer.unref();
      }
    },
    flush,
    async finish(outcome) {
      await flush();
      try {
        return await writer.finish(id, outcome);
      } catch (error) {
        options.onError?.(error);
        return undefined;
      }
    },
  };
}
