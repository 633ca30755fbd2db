import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionRequest } from '../../../shared/collection-contract.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorSentence } from '../../lib/error-text.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { useCollections, useUpdateCollection } from './use-collections.ts';

/**
 * The composer's Save: a request opened from (or saved to) a collection is written back to its
 * file; any other one, or Save as, asks where. `status` says what happened, for the source bar.
 */
export function useSaveRequest() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const update = useUpdateCollection();
  const collections = useCollections().data?.collections;
  const [asking, setAsking] = useState<CollectionRequest>();
  const [status, setStatus] = useState<string>();

  const save = useCallback(
    async (subject: CollectionRequest, options: { asNew?: boolean } = {}) => {
      const source = useDraftStore.getState().source;
      const linked = source && collections?.find((collection) => collection.id === source.collectionId);
      if (!source || !linked || options.asNew) {
        setStatus(undefined);
        setAsking(subject);
        return;
      }
      const result = await bridge['collections.saveRequest']({
        collectionId: source.collectionId,
        path: source.path,
        saved: subject,
        replace: true,
      });
      if (result.ok) {
        update(result.value);
        setStatus(t('ui.saveRequest.saved', { collection: linked.name, path: source.path }));
      } else {
        setStatus(t('ui.saveRequest.failed', { reason: errorSentence(result.error, t) }));
      }
    },
    [bridge, collections, t, update],
  );

  return { save, asking, status, closeDialog: () => setAsking(undefined) };
}
