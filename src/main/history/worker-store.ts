import { Worker } from 'node:worker_threads';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import { promptPreview } from './entry-rows.ts';
import type { HistoryNotice } from './open-database.ts';
import type { HistoryBeginInput, HistoryStoreOptions } from './store-types.ts';
import type {
  WorkerArguments,
  WorkerCall,
  WorkerMessage,
  WorkerMethod,
  WorkerSetup,
  WorkerValue,
} from './worker-protocol.ts';

/** The worker as it runs from source (CLI, browser mode, tests). The desktop bundle passes its own. */
export const sourceWorkerUrl = new URL('./history-worker.ts', import.meta.url);

export interface WorkerStoreOptions extends Omit<HistoryStoreOptions, 'onUpdated' | 'liveTokens'> {
  /** Where history-worker is: the .ts beside this file, or history-worker.js beside the bundle. */
  workerUrl?: URL;
  onUpdated?: (summary: HistorySummary) => void;
  /** A batch of deltas that could not be written (nobody awaits those). */
  onQuietFailure?: (message: string) => void;
}

export interface WorkerOpened {
  path: string;
  notices: HistoryNotice[];
  recovered: string[];
}

/** The history store run in a worker thread: the same methods, asynchronous. */
export interface WorkerStore {
  /** Resolves once the database is open, or rejects with why it could not be. */
  ready: Promise<WorkerOpened>;
  /** Returns at once with the new row's summary; the row is written in the worker. */
  begin(input: HistoryBeginInput): HistorySummary;
  /** Fire and forget: ordered after begin and before finish, like every message to the worker. */
  append(...args: WorkerArguments<'append'>): void;
  call<M extends Exclude<WorkerMethod, 'begin' | 'append'>>(
    method: M,
    ...args: WorkerArguments<M>
  ): Promise<WorkerValue<M>>;
  /** Writes what is pending, settles live entries as interrupted, closes the file, ends the thread. */
  close(): Promise<void>;
}

// Tokens of the stores open in this process, handed to each new worker so its recovery leaves
// another worker's live streams alone (two hosts in one test process, say).
const openTokens = new Set<string>();

export function openWorkerStore(dataDirectory: string, options: WorkerStoreOptions = {}): WorkerStore {
  const { workerUrl = sourceWorkerUrl, onUpdated, onQuietFailure, ...storeOptions } = options;
  const setup: WorkerSetup = { dataDirectory, options: storeOptions, liveTokens: [...openTokens] };
  const worker = new Worker(workerUrl, { workerData: setup });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextCallId = 1;
  let token: string | undefined;
  let stopped: Error | undefined;
  // While closing, the worker stays referenced until it has exited, so the process waits for it.
  let closing = false;
  let markReady: (opened: WorkerOpened) => void = () => {};
  let markUnavailable: (error: Error) => void = () => {};
  const ready = new Promise<WorkerOpened>((resolve, reject) => {
    markReady = resolve;
    markUnavailable = reject;
  });
  // Handled here so an unavailable history is never an unhandled rejection; callers read `ready`.
  ready.catch(() => {});
  // An idle worker must not keep a finished CLI alive; one with calls in flight must.
  worker.unref();

  const stop = (error: Error) => {
    stopped ??= error;
    if (token) openTokens.delete(token);
    markUnavailable(stopped);
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
    worker.unref();
  };

  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'ready') {
      token = message.token;
      openTokens.add(token);
      markReady({ path: message.path, notices: message.notices, recovered: message.recovered });
    } else if (message.kind === 'unavailable') {
      stop(new Error(message.message));
    } else if (message.kind === 'updated') {
      onUpdated?.(message.summary);
    } else if (message.kind === 'failed-quietly') {
      onQuietFailure?.(`${message.method}: ${message.message}`);
    } else {
      const waiting = pending.get(message.callId);
      pending.delete(message.callId);
      if (pending.size === 0 && !closing) worker.unref();
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.message));
    }
  });
  worker.on('error', (error) => stop(new Error(`the history worker failed: ${error.message}`)));
  worker.on('exit', () => stop(new Error('the history database is closed')));

  const post = (call: WorkerCall) => {
    if (stopped) throw stopped;
    worker.postMessage(call);
  };
  const call = <M extends WorkerMethod>(method: M, ...args: unknown[]): Promise<WorkerValue<M>> => {
    if (stopped) return Promise.reject(stopped);
    const callId = nextCallId++;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(callId, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ callId, method, args } satisfies WorkerCall);
    });
  };

  return {
    ready,
    begin(input) {
      const id = input.id ?? crypto.randomUUID();
      const startedAt = input.startedAt ?? Date.now();
      post({ callId: 0, method: 'begin', args: [{ ...input, id, startedAt }] });
      return {
        id,
        startedAt,
        source: input.source,
        profileId: input.profileId,
        profileName: input.profileName,
        format: input.format,
        model: input.model ?? input.request.model,
        promptPreview: promptPreview(input.request),
        status: 'streaming',
        ...(input.comparisonId !== undefined && { comparisonId: input.comparisonId }),
      };
    },
    append: (...args) => post({ callId: 0, method: 'append', args }),
    call: (method, ...args) => call(method, ...args),
    async close() {
      if (stopped) return;
      closing = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      await call('close');
      await exited;
    },
  };
}
