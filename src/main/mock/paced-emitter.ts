/** Stops a paced emission; safe to call more than once and after it finished. */
export type Cancel = () => void;

/**
 * Calls `emit(0)` … `emit(count - 1)` at `tokensPerSecond`, then `finish()`. Token i is due at
 * (i + 1) / rate seconds from the start, so a late timer catches up instead of drifting; a rate
 * of 0 emits everything at once.
 */
export function emitPaced(
  count: number,
  tokensPerSecond: number,
  emit: (index: number) => void,
  finish: () => void,
): Cancel {
  if (tokensPerSecond <= 0) {
    for (let index = 0; index < count; index += 1) emit(index);
    finish();
    return () => {};
  }

  const interval = 1000 / tokensPerSecond;
  const start = performance.now();
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;

  const tick = (): void => {
    timer = undefined;
    const elapsed = performance.now() - start;
    while (!cancelled && next < count && (next + 1) * interval <= elapsed) {
      emit(next);
      next += 1;
    }
    if (cancelled) return;
    if (next >= count) {
      finish();
      return;
    }
    timer = setTimeout(tick, Math.max(0, (next + 1) * interval - elapsed));
  };
  timer = setTimeout(tick, interval);

  return () => {
    cancelled = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
