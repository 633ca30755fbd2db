import type { ChatRequest, ProviderFormat, StreamEvent } from '../../shared/chat-schemas.ts';
import type {
  HistoryEntry,
  HistoryFilter,
  HistorySettings,
  HistorySummary,
} from '../../shared/history-schemas.ts';
import type { HistoryPage } from '../history/store-types.ts';

/**
 * What the handlers and the CLI need of the history store (src/main/history): kept narrow so the
 * store can change inside without the callers following, and one adapter maps it to the store.
 * Everything but begin is asynchronous: the database runs in its own worker thread.
 */
export interface HistoryPort {
  /** Writes the entry as 'streaming' before the first byte is sent, so a crash still leaves it. */
  begin(start: HistoryStart): HistoryCall;
  list(
    query: HistoryFilter & { limit: number; before?: string | undefined; exactTotal?: boolean | undefined },
  ): Promise<HistoryPage>;
  get(id: string): Promise<HistoryEntry | undefined>;
  delete(ids: string[]): Promise<number>;
  deleteMatching(filter: HistoryFilter): Promise<number>;
  clear(): Promise<number>;
  /** One part of the export, one JSON object per line, newest first; nextCursor continues it. */
  exportJsonl(
    filter: HistoryFilter,
    before?: string,
  ): Promise<{ jsonl: string; count: number; nextCursor?: string }>;
  /** Deletes what the retention no longer keeps; returns how many went. */
  applyRetention(settings: HistorySettings): Promise<number>;
  /** Writes what is still batched and closes the database. */
  close(): Promise<void>;
}

export interface HistoryStart {
  source: HistorySummary['source'];
  profileId: string;
  profileName: string;
  format: ProviderFormat;
  baseUrl: string;
  request: ChatRequest;
  comparisonId?: string;
}

/** One call being written: events are batched by the store, never awaited by the stream. */
export interface HistoryCall {
  summary: HistorySummary;
  record(event: StreamEvent): void;
  /** After the terminal event: the final status and cost are written; resolves once on disk. */
  finish(final: { costUsd?: number }): Promise<HistorySummary>;
}
