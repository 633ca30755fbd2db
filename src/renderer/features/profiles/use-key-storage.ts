import { useQuery } from '@tanstack/react-query';
import { useBridge } from '../../lib/bridge-context.tsx';
import { unwrap } from './use-profiles.ts';

export const keyStorageQueryKey = ['key-storage'] as const;

/** How stored keys would be encrypted on this host, and whether that protects them at all. */
export function useKeyStorage() {
  const bridge = useBridge();
  return useQuery({
    queryKey: keyStorageQueryKey,
    queryFn: async () => unwrap(await bridge['keys.storage']({})),
    // The backend is chosen when the host starts; it does not change while the window is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
