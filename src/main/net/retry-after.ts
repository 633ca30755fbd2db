/**
 * The wait a server asked for, as the SDKs read it: `retry-after-ms` first, then `retry-after` as
 * seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function readRetryAfterMs(
  headers: Record<string, string>,
  nowMs: number = Date.now(),
): number | undefined {
  const milliseconds = headers['retry-after-ms'];
  if (milliseconds !== undefined) {
    const value = Number.parseFloat(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers['retry-after']?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number.parseFloat(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** "a moment", "1 second", "20 seconds", "3 minutes": for the rate-limit hint. */
export function describeWait(milliseconds: number | undefined): string {
  if (milliseconds === undefined) return 'a moment';
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
