const firstDelayMs = 250;
const longestDelayMs = 5000;

/** Exponential backoff with jitter, so many windows of one restarted host do not reconnect in step. */
export function reconnectDelayMs(failedAttempts: number): number {
  const exponential = Math.min(firstDelayMs * 2 ** Math.max(0, failedAttempts - 1), longestDelayMs);
  return Math.round(exponential * (0.8 + Math.random() * 0.4));
}
