import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';

/** The limits a run enforces itself; the connect timeout belongs to the dispatcher. */
export type TimeoutLimit = 'response-headers' | 'idle' | 'total';

const describeLimit: Record<TimeoutLimit, (duration: string) => string> = {
  'response-headers': (duration) => `no answer within ${duration}`,
  idle: (duration) => `no data for ${duration} between chunks`,
  total: (duration) => `the total limit of ${duration} was reached`,
};

/**
 * The single `timeout` error of a run, naming the limit that fired and its value, e.g.
 * "api.openai.com did not answer in time (no data for 30 s between chunks)."
 */
export function timeoutError(limit: TimeoutLimit, milliseconds: number, host: string): AppError {
  const limitText = describeDuration(milliseconds);
  return makeError('timeout', {
    hintKey: `timeout-${limit}`,
    params: {
      host,
      limit: describeLimit[limit](limitText),
      limitText,
      timeoutLimit: limit,
      limitMs: milliseconds,
    },
  });
}

/** "250 ms", "30 s", "1.5 s", "10 minutes": how a person would say the setting. */
export function describeDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 120_000) return `${trimmed(milliseconds / 1000)} s`;
  const minutes = milliseconds / 60_000;
  return minutes === 1 ? '1 minute' : `${trimmed(minutes)} minutes`;
}

function trimmed(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
