import type { HistorySummary } from '../../shared/history-schemas.ts';
import type { HistoryNotice } from './open-database.ts';
import type { HistoryStore, HistoryStoreOptions } from './store-types.ts';

/** The store methods the worker runs for the main thread, each with the store's own arguments. */
export type WorkerMethod =
  | 'begin'
  | 'append'
  | 'finish'
  | 'list'
  | 'get'
  | 'delete'
  | 'deleteMatching'
  | 'clear'
  | 'exportJsonl'
  | 'applyRetention'
  | 'close';

export type WorkerArguments<M extends WorkerMethod> = Parameters<HistoryStore[M]>;
export type WorkerValue<M extends WorkerMethod> = ReturnType<HistoryStore[M]>;

/** What the worker is started with (workerData). Functions cannot cross, so onUpdated is a message. */
export interface WorkerSetup {
  dataDirectory: string;
  options: Omit<HistoryStoreOptions, 'onUpdated' | 'liveTokens'>;
  /** Tokens of the other stores open in this process (see recovery.ts). */
  liveTokens: string[];
}

/** callId 0: nobody waits for the answer (a batch of deltas); a failure comes back as 'failed-quietly'. */
export interface WorkerCall {
  callId: number;
  method: WorkerMethod;
  args: unknown[];
}

export type WorkerMessage =
  | { kind: 'ready'; path: string; token: string; notices: HistoryNotice[]; recovered: string[] }
  | { kind: 'unavailable'; message: string }
  | { kind: 'reply'; callId: number; ok: true; value: unknown }
  | { kind: 'reply'; callId: number; ok: false; message: string }
  | { kind: 'failed-quietly'; method: WorkerMethod; message: string }
  | { kind: 'updated'; summary: HistorySummary };
