/**
 * Waits `milliseconds`, or less when `signal` aborts first. Resolves true when the whole wait
 * passed, false when it was cut short; never rejects, so the caller decides what a cut means.
 */
export function cancellableWait(milliseconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
