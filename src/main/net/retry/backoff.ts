import type { RetrySettings } from '../../../shared/network-schemas.ts';

// The SDKs shorten each wait by up to a quarter at random, so clients that failed together do not
// all come back at the same instant.
const maximumJitter = 0.25;

/**
 * The official SDKs' exponential backoff: `min(initialDelay * 2^n, maxDelay)` minus up to 25%
 * jitter, where n counts the retries already made (0 before the first retry).
 */
export function backoffDelayMs(
  retriesMade: number,
  settings: Pick<RetrySettings, 'initialDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const full = Math.min(settings.initialDelayMs * 2 ** retriesMade, settings.maxDelayMs);
  return Math.round(full * (1 - random() * maximumJitter));
}
