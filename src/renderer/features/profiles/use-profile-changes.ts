import { useQueryClient } from '@tanstack/react-query';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { Result } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { profilesQueryKey } from './use-profiles.ts';

/** Creates a profile from a preset; it joins the provider list at once, before the list is read again. */
export function useCreateProfile() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return async (presetId: string, name: string | undefined): Promise<Result<ProfileSummary>> => {
    const result = await bridge['profiles.create']({ presetId, ...(name ? { name } : {}) });
    if (result.ok) {
      queryClient.setQueryData<ProfileSummary[]>(profilesQueryKey, (profiles) => [
        ...(profiles ?? []).filter((profile) => profile.id !== result.value.id),
        result.value,
      ]);
      void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
    }
    return result;
  };
}

export function useDeleteProfile() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return async (profileId: string): Promise<Result<{ deleted: boolean }>> => {
    const result = await bridge['profiles.delete']({ profileId });
    if (result.ok) {
      queryClient.setQueryData<ProfileSummary[]>(profilesQueryKey, (profiles) =>
        profiles?.filter((profile) => profile.id !== profileId),
      );
      queryClient.removeQueries({ queryKey: ['fetched-models', profileId] });
      void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
    }
    return result;
  };
}
