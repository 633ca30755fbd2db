import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract.ts';
import type { KeySlot, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError, Result } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';

export const profilesQueryKey = ['profiles'] as const;

/** react-query wants a rejected promise for a failure; the AppError travels inside it unchanged. */
export class ResultError extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(appError.message);
    this.appError = appError;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ResultError(result.error);
  return result.value;
}

export function useProfiles() {
  const bridge = useBridge();
  return useQuery({
    queryKey: profilesQueryKey,
    queryFn: async () => unwrap(await bridge['profiles.list']({})),
  });
}

export function useReplaceProfile() {
  const queryClient = useQueryClient();
  return (profileId: string, change: (profile: ProfileSummary) => ProfileSummary) =>
    queryClient.setQueryData<ProfileSummary[]>(profilesQueryKey, (profiles) =>
      profiles?.map((profile) => (profile.id === profileId ? change(profile) : profile)),
    );
}

export function useUpdateBaseUrl() {
  const bridge = useBridge();
  const replace = useReplaceProfile();
  return useMutation({
    mutationFn: async (input: { profileId: string; baseUrl: string }) =>
      unwrap(await bridge['profiles.update'](input)),
    onSuccess: (profile) => replace(profile.id, () => profile),
  });
}

export function useUpdateProfile() {
  const bridge = useBridge();
  const replace = useReplaceProfile();
  return async (input: MethodInput<'profiles.update'>): Promise<Result<ProfileSummary>> => {
    const result = await bridge['profiles.update'](input);
    if (result.ok) replace(result.value.id, () => result.value);
    return result;
  };
}

/**
 * Keys are added with a plain bridge call, not a mutation: react-query would keep the key in its
 * mutation cache as the mutation's variables. The list shows at once; the profile is read again
 * for the rest that a key changes (its summary in the provider list).
 */
export function useApplyKeys() {
  const replace = useReplaceProfile();
  const queryClient = useQueryClient();
  return (profileId: string, keys: KeySlot[]) => {
    replace(profileId, (profile) => ({ ...profile, keys }));
    void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
  };
}

// Base URLs save on blur, and a click on Send blurs the field first: Send must wait for that save,
// or the request would go to the previous URL. Module state, because the two never share a parent
// that would otherwise need to know.
const pendingSaves = new Set<Promise<boolean>>();

export function trackProfileSave(save: Promise<boolean>): void {
  pendingSaves.add(save);
  void save.finally(() => pendingSaves.delete(save));
}

/** True when every profile change in flight was accepted. */
export async function profileSavesSucceeded(): Promise<boolean> {
  const results = await Promise.all(pendingSaves);
  return results.every(Boolean);
}

export function appErrorOf(error: unknown): AppError | undefined {
  if (!error) return undefined;
  if (error instanceof ResultError) return error.appError;
  return { code: 'internal', message: String(error), params: { detail: String(error) } };
}
