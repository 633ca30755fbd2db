import type { StreamEvent, Usage } from '../../shared/chat-schemas.ts';
import { estimateCost } from '../../shared/cost.ts';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import type { ModelPrice } from '../../shared/profile-schemas.ts';
import { describeError } from './describe-error.ts';
import type { HistoryCall, HistoryPort, HistoryStart } from './history-port.ts';

/** Watches one call's events on their way to the caller and keeps them in the history. */
export interface ChatRecording {
  /** Undefined when the history could not take the call; the chat runs all the same. */
  historyId: string | undefined;
  summary: HistorySummary | undefined;
  observe(event: StreamEvent): void;
  /** Resolves with the final summary once the terminal event is on disk. */
  finished: Promise<HistorySummary | undefined>;
}

export interface RecordingOptions {
  start: HistoryStart;
  /** The profile's price for the model, for the stored cost estimate. */
  price?: ModelPrice | undefined;
  /** Told when the entry exists and when it has ended, so open lists refresh that row. */
  announce?: (summary: HistorySummary) => void;
  /** Where a history failure is reported; it must never stop or slow the stream. */
  warn?: (message: string) => void;
}

export function startRecording(history: HistoryPort | undefined, options: RecordingOptions): ChatRecording {
  const warn = options.warn ?? ((message) => process.stderr.write(`promptwire: ${message}\n`));
  let call: HistoryCall | undefined;
  try {
    call = history?.begin(options.start);
  } catch (error) {
    warn(`this call is not kept in the history: ${describeError(error)}`);
  }
  if (!call) {
    return {
      historyId: undefined,
      summary: undefined,
      observe: () => {},
      finished: Promise.resolve(undefined),
    };
  }
  const recording = call;
  // On the next turn: the caller's chat.start result goes out before any event about it.
  if (options.announce) setImmediate(() => safely(warn, () => options.announce?.(recording.summary)));

  let usage: Usage = {};
  let ended = false;
  let settle: (summary: HistorySummary | undefined) => void = () => {};
  const finished = new Promise<HistorySummary | undefined>((resolve) => {
    settle = resolve;
  });

  return {
    historyId: recording.summary.id,
    summary: recording.summary,
    finished,
    observe(event) {
      if (ended) return;
      if (event.type === 'usage-update') {
        // A later update may leave out a count an earlier one gave.
        for (const [field, value] of Object.entries(event.usage)) {
          if (value !== undefined) usage = { ...usage, [field]: value };
        }
      }
      safely(warn, () => recording.record(event));
      if (event.type !== 'stream-end' && event.type !== 'stream-error') return;
      ended = true;
      const costUsd = estimateCost(usage, options.price);
      recording
        .finish(costUsd === undefined ? {} : { costUsd })
        .then((summary) => {
          if (options.announce) safely(warn, () => options.announce?.(summary));
          settle(summary);
        })
        .catch((error: unknown) => {
          warn(`the end of this call could not be kept in the history: ${describeError(error)}`);
          settle(undefined);
        });
    },
  };
}

function safely(warn: (message: string) => void, action: () => void): void {
  try {
    action();
  } catch (error) {
    warn(`the history could not be updated: ${describeError(error)}`);
  }
}
