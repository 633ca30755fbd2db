import { useQuery } from '@tanstack/react-query';
import { useBridge } from '../../lib/bridge-context.tsx';

/** Version, transport and data directory; they cannot change while the window is open. */
export function useAppInfo() {
  const bridge = useBridge();
  return useQuery({
    queryKey: ['app-info'],
    queryFn: async () => {
      const result = await bridge['app.info']({});
      return result.ok ? result.value : null;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
