import { useQuery } from '@tanstack/react-query';
import { useBridge } from '../../lib/bridge-context.tsx';
import { unwrap } from './use-profiles.ts';

export const presetsQueryKey = ['presets'] as const;

/** The presets a profile can start from; they ship with the app, so they are read once. */
export function usePresets() {
  const bridge = useBridge();
  return useQuery({
    queryKey: presetsQueryKey,
    queryFn: async () => unwrap(await bridge['presets.list']({})),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
