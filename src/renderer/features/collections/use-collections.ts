import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CollectionView } from '../../../shared/collection-contract.ts';
import { variableNames } from '../../../shared/variables.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import type { Draft } from '../composer/draft-store.ts';
import { unwrap } from '../profiles/use-profiles.ts';

export const collectionsQueryKey = ['collections'] as const;

type CollectionList = { collections: CollectionView[]; problems: { folder: string; problem: string }[] };

/** The open collections, read from their folders by the host. */
export function useCollections() {
  const bridge = useBridge();
  return useQuery({
    queryKey: collectionsQueryKey,
    queryFn: async () => unwrap(await bridge['collections.list']({})),
  });
}

/** Puts a collection the host just returned into the list, so the sidebar shows it at once. */
export function useUpdateCollection() {
  const queryClient = useQueryClient();
  return useCallback(
    (view: CollectionView) => {
      queryClient.setQueryData<CollectionList>(collectionsQueryKey, (list) => {
        if (!list) return { collections: [view], problems: [] };
        const known = list.collections.some((collection) => collection.id === view.id);
        return {
          ...list,
          collections: known
            ? list.collections.map((collection) => (collection.id === view.id ? view : collection))
            : [...list.collections, view],
        };
      });
      void queryClient.invalidateQueries({ queryKey: collectionsQueryKey });
    },
    [queryClient],
  );
}

export function useRefreshCollections() {
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: collectionsQueryKey }),
    [queryClient],
  );
}

/**
 * The names with a value in the collection's current environment, by the host's rule
 * (collection-variables.ts): the collection's, then the environment's over them, where an
 * environment's secret without a value here takes the name away rather than fall back.
 */
export function definedNames(collection: CollectionView): Set<string> {
  const names = new Set<string>();
  const environment = collection.environment ? collection.environments[collection.environment] : undefined;
  for (const scope of [collection.variables, environment]) {
    if (!scope) continue;
    for (const name of Object.keys(scope.variables)) names.add(name);
    for (const secret of scope.secrets) {
      if (secret.hasValue) names.add(secret.name);
      else names.delete(secret.name);
    }
  }
  return names;
}

/** The `{{names}}` a draft uses that have no value where it would be sent, in order of use. */
export function missingVariables(draft: Draft, collection: CollectionView): string[] {
  const defined = definedNames(collection);
  const used = variableNames([draft.system, ...draft.messages.map((message) => message.content)].join('\n'));
  return used.filter((name) => !defined.has(name));
}
