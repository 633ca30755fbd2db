import { useRef, useSyncExternalStore } from 'react';

// One clock for every running timer in the window: six panes ticking on their own timers drew
// the window sixty times a second; ticking together, they are drawn ten times.
const tickMs = 100;
const listeners = new Set<() => void>();
let now = performance.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = performance.now();
    timer = setInterval(() => {
      now = performance.now();
      for (const notify of listeners) notify();
    }, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const noSubscription = () => () => {};
const readClock = () => now;

/** Milliseconds since `startedAt`, ticking ten times a second while `running`. */
export function useElapsed(startedAt: number | undefined, running: boolean): number | undefined {
  const clock = useSyncExternalStore(running ? subscribe : noSubscription, readClock);
  // Stopped, the last reading is kept, as a stopwatch does, while other panes' runs tick on.
  const reading = useRef(clock);
  if (running) reading.current = clock;
  if (startedAt === undefined) return undefined;
  return Math.max(0, reading.current - startedAt);
}
