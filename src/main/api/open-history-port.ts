import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import { createHistoryRecorder, type HistoryRecorder } from '../history/recorder.ts';
import type { HistoryFinishInput } from '../history/store-types.ts';
import { openWorkerStore, type WorkerStore } from '../history/worker-store.ts';
import { describeError } from './describe-error.ts';
import type { HistoryPort } from './history-port.ts';

/** The history of one data directory as the handlers and the CLI use it. */
export interface OpenedHistory {
  /** Settles once the database is open (or known to be unavailable); `port` is final after it. */
  ready: Promise<void>;
  /** Undefined when the database could not be opened: calls still run, unrecorded. */
  port: HistoryPort | undefined;
  /** A damaged database moved aside, or why there is no history this session. */
  notices(): string[];
  /** Writes what is still batched and closes the database; safe to call twice. */
  close(): Promise<void>;
}

export interface HistoryPortOptions {
  /** Where the worker thread's code is; the source file unless the desktop bundle says otherwise. */
  workerUrl?: URL | undefined;
  /** A row began, changed status or ended, wherever it was written from. */
  onUpdated?: (summary: HistorySummary) => void;
}

/** How far behind the stream the file may be: what a crash can lose of the answer. */
export const historyBatchMs = 250;

export function openHistoryPort(dataDirectory: string, options: HistoryPortOptions = {}): OpenedHistory {
  const warn = (message: string) =>
    process.stderr.write(`promptwire: the history could not be updated: ${message}\n`);
  const store = openWorkerStore(dataDirectory, {
    ...(options.workerUrl && { workerUrl: options.workerUrl }),
    ...(options.onUpdated && { onUpdated: options.onUpdated }),
    onQuietFailure: warn,
  });
  const notices: string[] = [];
  const opened: OpenedHistory = {
    ready: store.ready.then(
      (state) => {
        notices.push(...state.notices.map((notice) => notice.message));
      },
      (error: unknown) => {
        opened.port = undefined;
        notices.push(
          `The history could not be opened (${describeError(error)}), so requests are not kept this session.`,
        );
      },
    ),
    port: createPort(store, (error) => warn(describeError(error))),
    notices: () => [...notices],
    close: async () => {
      await opened.port?.close();
    },
  };
  return opened;
}

function createPort(store: WorkerStore, onError: (error: unknown) => void): HistoryPort {
  const recorders = new Set<HistoryRecorder>();
  let closed: Promise<void> | undefined;
  const writer = {
    append: store.append,
    finish: (id: string, outcome?: HistoryFinishInput) => store.call('finish', id, outcome),
  };

  return {
    begin(start) {
      const summary = store.begin(start);
      // The recorder batches the deltas, so a long answer is not one message per token.
      const recorder = createHistoryRecorder(writer, summary.id, {
        flushIntervalMs: historyBatchMs,
        onError,
      });
      recorders.add(recorder);
      let terminal: StreamEvent | undefined;
      return {
        summary,
        record(event) {
          if (terminal || closed) return;
          if (event.type === 'stream-end' || event.type === 'stream-error') terminal = event;
          // The store counts every stream-error as failed; a stop is the user's choice, not a
          // failure, so a cancelled end is written by finish with its own status instead.
          if (event.type === 'stream-error' && event.error.code === 'cancelled') return;
          recorder.record(event);
        },
        async finish({ costUsd }) {
          recorders.delete(recorder);
          if (closed) return summary;
          const cancelled = terminal?.type === 'stream-error' && terminal.error.code === 'cancelled';
          const outcome = {
            ...(cancelled && { status: 'cancelled' as const }),
            ...(costUsd !== undefined && { costUsd }),
          };
          return (await recorder.finish(outcome)) ?? summary;
        },
      };
    },
    list: ({ limit, before, exactTotal, ...filter }) =>
      store.call('list', filter, limit, before, { exact: exactTotal === true }),
    get: (id) => store.call('get', id),
    delete: (ids) => store.call('delete', ids),
    deleteMatching: (filter) => store.call('deleteMatching', filter),
    clear: () => store.call('clear'),
    exportJsonl: (filter, before) => store.call('exportJsonl', filter, before),
    applyRetention: (settings) => store.call('applyRetention', settings),
    close() {
      closed ??= (async () => {
        await Promise.all([...recorders].map((recorder) => recorder.flush()));
        await store.close();
      })();
      return closed;
    },
  };
}
