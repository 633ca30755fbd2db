import { useQuery } from '@tanstack/react-query';
import { useBridge } from '../../lib/bridge-context.tsx';
import { unwrap } from './use-profiles.ts';

/**
 * The models a profile's endpoint listed when asked. Never fetched by itself: asking is an
 * authenticated call to the vendor, so it happens only on "Fetch models"; the answer is kept for
 * the window's life, per profile.
 */
export function useFetchedModels(profileId: string) {
  const bridge = useBridge();
  return useQuery({
    queryKey: ['fetched-models', profileId],
    queryFn: async () => unwrap(await bridge['models.fetch']({ profileId })).models,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The endpoint's own list first (it is what really exists), then the profile's suggestions. */
export function modelSuggestions(fetched: readonly string[] | undefined, known: readonly string[]): string[] {
  return [...new Set([...(fetched ?? []), ...known])];
}
