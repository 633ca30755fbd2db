import { useQuery } from '@tanstack/react-query';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import type { ExportTarget } from '../../../shared/export-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { unwrap } from '../profiles/use-profiles.ts';

export interface ExportChoice {
  profileId: string;
  request: ChatRequest;
  target: ExportTarget;
  includeKey: boolean;
}

/** The code the host writes for this request, target and key choice; nothing is sent anywhere. */
export function useExportedCode(choice: ExportChoice) {
  const bridge = useBridge();
  const { profileId, request, target, includeKey } = choice;
  return useQuery({
    queryKey: ['request.export', profileId, request, target, includeKey] as const,
    queryFn: async () => unwrap(await bridge['request.export']({ profileId, request, target, includeKey })),
    // With the key included the code is a secret: it is dropped as soon as no panel shows it,
    // rather than kept in the cache for the next opening.
    gcTime: 0,
    // A failure here is a fact about the profile or the request; asking again will not change it.
    retry: false,
    // Switching targets keeps the previous code on screen instead of flashing empty, but never
    // across the key choice: code with the key must not stay visible once the key is turned off.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[4] === includeKey ? previous : undefined,
  });
}
