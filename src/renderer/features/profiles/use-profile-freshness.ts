import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { KeySlot } from '../../../shared/profile-schemas.ts';
import { useRun } from '../run/run-context.tsx';
import { isRunning } from '../run/run-store.ts';
import { profilesQueryKey } from './use-profiles.ts';

// A moment after the limit ends, so the host has certainly let the key go.
const afterLimitEndsMs = 500;

/**
 * Key states change on the host while requests run: a 429 rate-limits a key, a 401 rejects it, and
 * a limit runs out on its own. The profiles are read again when a run ends and when a limit ends.
 */
export function useProfileFreshness(keys: readonly KeySlot[] | undefined): void {
  const queryClient = useQueryClient();
  const running = useRun((state) => isRunning(state.transcript));
  const wasRunning = useRef(running);

  useEffect(() => {
    if (wasRunning.current && !running) void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
    wasRunning.current = running;
  }, [running, queryClient]);

  const nextLimitEnd = Math.min(
    ...(keys ?? [])
      .map((slot) => slot.rateLimitedUntil ?? Number.POSITIVE_INFINITY)
      .filter((until) => until > Date.now()),
  );
  useEffect(() => {
    if (!Number.isFinite(nextLimitEnd)) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: profilesQueryKey }),
      nextLimitEnd - Date.now() + afterLimitEndsMs,
    );
    return () => clearTimeout(timer);
  }, [nextLimitEnd, queryClient]);
}
