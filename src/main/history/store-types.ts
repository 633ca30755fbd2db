import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import type {
  HistoryEntry,
  HistoryFilter,
  HistorySettings,
  HistorySummary,
} from '../../shared/history-schemas.ts';
import type { HistoryNotice, IntegrityCheck } from './open-database.ts';

// The store's API, apart from its implementation so the worker facade can mirror it.
/** What the caller knows when a request starts. */
export interface HistoryBeginInput {
  id?: string;
  startedAt?: number;
  source: HistorySummary['source'];
  profileId: string;
  profileName: string;
  format: HistorySummary['format'];
  /** Default: request.model. */
  model?: string;
  baseUrl: string;
  request: ChatRequest;
  comparisonId?: string;
}

export interface HistoryFinishInput {
  /** Default: what the stream said (done/failed); 'cancelled' when it never ended. */
  status?: 'done' | 'failed' | 'cancelled';
  costUsd?: number;
}

export interface HistoryPage {
  entries: HistorySummary[];
  nextCursor?: string;
  total: number;
  /** Set when a filtered count stopped at its cap: there are at least `total` matches. */
  totalAtLeast?: boolean;
}

export interface HistoryStoreOptions {
  busyTimeoutMs?: number;
  /** Checked on open; default 'quick' up to 32 MB, 'none' above (both read the whole file). */
  integrityCheck?: IntegrityCheck;
  rawLimitBytes?: number;
  /** Called when a row's summary changes (begin, status, HTTP status): the host sends 'history.updated'. */
  onUpdated?: (summary: HistorySummary) => void;
  /** Tokens of stores open in other threads of this process: their streaming rows are not interrupted. */
  liveTokens?: ReadonlySet<string>;
}

export interface HistoryStore {
  readonly path: string;
  /** Problems met on open that the host should show (a corrupt file moved aside). */
  readonly notices: readonly HistoryNotice[];
  /** Entries found interrupted on open. */
  readonly recovered: readonly string[];
  begin(input: HistoryBeginInput): HistorySummary;
  append(id: string, events: readonly StreamEvent[]): void;
  finish(id: string, outcome?: HistoryFinishInput): HistorySummary | undefined;
  list(filter?: HistoryFilter, limit?: number, before?: string, count?: { exact?: boolean }): HistoryPage;
  get(id: string): HistoryEntry | undefined;
  delete(ids: readonly string[]): number;
  deleteMatching(filter: HistoryFilter): number;
  clear(): number;
  /** One part of the export, about budgetBytes long; nextCursor continues it. */
  exportJsonl(
    filter?: HistoryFilter,
    before?: string,
    budgetBytes?: number,
  ): { jsonl: string; count: number; nextCursor?: string };
  applyRetention(settings: HistorySettings, nowMs?: number): number;
  /** This instance's mark on the rows it streams, so recovery elsewhere in the process spares them. */
  readonly token: string;
  close(): void;
}
