import type { RetrySettings } from '../../shared/network-schemas.ts';
import { isRetryableFailure } from '../net/is-retryable.ts';
import type { AttemptFailure } from '../net/retry/attempt-failure.ts';
import { retryDelayMs } from '../net/retry/retry-delay.ts';
import type { KeyOutcome, KeyPool, PooledKey } from './key-pool.ts';

export interface NextAttemptInput {
  failure: AttemptFailure;
  /** Waits already made in this run; key switches do not count. */
  retriesMade: number;
  retry: RetrySettings;
  keys?: KeyPool;
  /** The key the failed attempt sent. */
  usedKey?: PooledKey;
  /** Keys tried since the last wait: a switch never goes back to one of them. */
  triedKeyIds: ReadonlySet<string>;
  /** Until the run's total deadline. */
  remainingMs: number;
  nowMs?: number;
  random?: () => number;
}

export type NextAttempt =
  | { kind: 'give-up' }
  /** Another key is healthy: try it at once, without a wait and without using up a retry. */
  | { kind: 'switch-key'; key: PooledKey }
  | { kind: 'wait'; delayMs: number; key?: PooledKey };

/**
 * After a failed attempt: tells the key pool what the attempt taught about its key, then decides.
 * A 401, an empty quota or a rate limit moves to the next healthy key immediately — the problem
 * belongs to the key, so no wait is needed and the retry budget (which bounds waits) is not
 * touched; switches are bounded anyway, since each key is tried at most once between two waits.
 * Otherwise the SDKs' policy applies: retryable failures wait and try again, up to maxRetries.
 */
export function decideNextAttempt(input: NextAttemptInput): NextAttempt {
  const { failure, retry } = input;
  if (failure.kind === 'cancelled' || failure.kind === 'timeout' || failure.kind === 'other') {
    return { kind: 'give-up' };
  }
  const delayMs = retryDelayMs(failure, input.retriesMade, retry, input.random);
  const outcome = keyOutcomeFor(failure, input.nowMs ?? Date.now(), delayMs);
  if (input.keys && input.usedKey && outcome) {
    input.keys.report(input.usedKey.id, outcome);
    const other = input.keys.next(input.triedKeyIds);
    if (other) return { kind: 'switch-key', key: other };
  }
  if (!isRetryableFailure(failure) || input.retriesMade >= retry.maxRetries) return { kind: 'give-up' };
  // A wait that outlasts the total deadline would end in a timeout: the vendor's error says more.
  if (delayMs >= input.remainingMs) return { kind: 'give-up' };
  const key = input.keys?.current();
  return key ? { kind: 'wait', delayMs, key } : { kind: 'wait', delayMs };
}

/** What a failure says about the key that was sent; undefined when the key is not the problem. */
export function keyOutcomeFor(
  failure: AttemptFailure,
  nowMs: number,
  delayMs: number,
): KeyOutcome | undefined {
  if (failure.kind !== 'http') return undefined;
  if (failure.isQuota) return { kind: 'exhausted' };
  const status = failure.error.status;
  if (status === 401) return { kind: 'rejected' };
  if (status !== 429) return undefined;
  // The server's own hint is the truth about this key even when it is too long to wait for.
  const hint = failure.retryAfterMs;
  return { kind: 'rate-limited', untilMs: nowMs + (hint !== undefined && hint > 0 ? hint : delayMs) };
}
