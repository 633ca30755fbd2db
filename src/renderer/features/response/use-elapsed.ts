import { useEffect, useState } from 'react';

/** Milliseconds since `startedAt`, ticking ten times a second while `running`. */
export function useElapsed(startedAt: number | undefined, running: boolean): number | undefined {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    setNow(performance.now());
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return startedAt === undefined ? undefined : Math.max(0, now - startedAt);
}
