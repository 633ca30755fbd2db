import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract.ts';
import type { AppSettings } from '../../../shared/network-schemas.ts';
import type { Result } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { ResultError } from '../profiles/use-profiles.ts';

export const settingsQueryKey = ['settings'] as const;

export function useNetworkSettings() {
  const bridge = useBridge();
  return useQuery({
    queryKey: settingsQueryKey,
    queryFn: async () => {
      const result = await bridge['settings.get']({});
      if (!result.ok) throw new ResultError(result.error);
      return result.value;
    },
  });
}

/**
 * A plain call rather than a mutation: on failure the dialog keeps what was typed and shows the
 * host's reason beside it, which is all a mutation's state would add.
 */
export function useSaveNetworkSettings() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return async (input: MethodInput<'settings.update'>): Promise<Result<AppSettings>> => {
    const result = await bridge['settings.update'](input);
    if (result.ok) queryClient.setQueryData(settingsQueryKey, result.value);
    return result;
  };
}
