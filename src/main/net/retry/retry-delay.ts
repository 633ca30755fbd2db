import type { RetrySettings } from '../../../shared/network-schemas.ts';
import type { AttemptFailure } from './attempt-failure.ts';
import { backoffDelayMs } from './backoff.ts';

// OpenAI's SDK ignores a server's hint above a minute and backs off instead: a client that sleeps
// for an hour on one header looks hung. A hint of 0 is ignored too, so nothing retries in a loop.
export const longestHonouredHintMs = 60_000;

/** How long to wait before the next attempt: the server's hint when reasonable, else the backoff. */
export function retryDelayMs(
  failure: Pick<AttemptFailure, 'retryAfterMs'>,
  retriesMade: number,
  settings: Pick<RetrySettings, 'initialDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const hint = failure.retryAfterMs;
  if (hint !== undefined && hint > 0 && hint <= longestHonouredHintMs) return Math.ceil(hint);
  return backoffDelayMs(retriesMade, settings, random);
}
