import { useCallback } from 'react';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { useDraftStore } from '../composer/draft-store.ts';
import { useTabs } from '../workspace/tabs-store.ts';

/**
 * Opens a saved request in a tab of its own, as Postman does; a request already open in a tab is
 * shown there instead of twice, with whatever was changed in it since.
 */
export function useOpenSavedRequest() {
  const bridge = useBridge();
  return useCallback(
    async (collectionId: string, path: string): Promise<AppError | undefined> => {
      const tabs = useTabs.getState();
      const isThis = (source: { collectionId: string; path: string } | undefined) =>
        source?.collectionId === collectionId && source.path === path;
      const active = tabs.tabs.find((tab) => tab.id === tabs.activeTabId);
      if (active?.kind === 'request' && isThis(useDraftStore.getState().source)) return undefined;
      const open = Object.entries(tabs.drafts).find(([, draft]) => isThis(draft.source));
      if (open && tabs.tabs.some((tab) => tab.id === open[0])) {
        tabs.activate(open[0]);
        return undefined;
      }
      const result = await bridge['collections.getRequest']({ collectionId, path });
      if (!result.ok) return result.error;
      useTabs.getState().newRequest();
      const draft = useDraftStore.getState();
      draft.load(result.value.profileId, result.value.request);
      draft.setSource({ collectionId, path });
      return undefined;
    },
    [bridge],
  );
}
