import type { AppError } from '../../../shared/result.ts';

/**
 * One attempt that ended before a successful answer began, with what the retry policy needs
 * beyond the error the user sees. These facts stay in the main process: the window only needs
 * the AppError and the decision (attempt-failed's retryInMs).
 */
export interface AttemptFailure {
  error: AppError;
  /**
   * http: the server answered with a non-2xx status. connection: no response byte arrived (refused,
   * reset, DNS, TLS…). timeout: one of the run's limits fired. cancelled: the user stopped it.
   * other: a bug of Promptwire's own.
   */
  kind: 'http' | 'connection' | 'timeout' | 'cancelled' | 'other';
  /** http: the server's `x-should-retry`, when it said exactly true or false. */
  shouldRetryHeader?: boolean;
  /** http: the wait the server asked for (retry-after-ms, then retry-after), before any cap. */
  retryAfterMs?: number;
  /** http: an empty balance or a billing problem, which waiting never fixes. */
  isQuota?: boolean;
}
