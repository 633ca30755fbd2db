/**
 * The total deadline of a run, joined with the user's Stop into one signal that every request and
 * every wait of the run listens to. The other limits are undici's per request (see send-attempt).
 */
export interface RunLimits {
  /** Aborts when the user stops the run or the total deadline passes. */
  signal: AbortSignal;
  totalExpired(): boolean;
  remainingMs(): number;
  /** Stops the deadline's timer, which would otherwise keep the process alive. */
  dispose(): void;
}

export function startRunLimits(userSignal: AbortSignal, totalMs: number): RunLimits {
  const startedAt = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('total deadline')), totalMs);
  return {
    signal: AbortSignal.any([userSignal, deadline.signal]),
    totalExpired: () => deadline.signal.aborted,
    remainingMs: () => Math.max(0, totalMs - (performance.now() - startedAt)),
    dispose: () => clearTimeout(timer),
  };
}
