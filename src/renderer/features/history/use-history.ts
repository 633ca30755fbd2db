import { type InfiniteData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodOutput } from '../../../shared/contract.ts';
import type { HistoryFilter, HistorySummary } from '../../../shared/history-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { unwrap } from '../profiles/use-profiles.ts';

export type HistoryPage = MethodOutput<'history.list'>;
type HistoryPages = InfiniteData<HistoryPage, string | undefined>;

export const historyQueryKey = ['history'] as const;
// Large enough that a fling of the scroll bar rarely outruns it, small enough to answer at once.
const pageSize = 200;

/** Newest first, one page per cursor; the list asks for the next page as its end comes near. */
export function useHistoryPages(filter: HistoryFilter) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: [...historyQueryKey, 'list', filter],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await bridge['history.list']({
          ...filter,
          limit: pageSize,
          ...(pageParam === undefined ? {} : { before: pageParam }),
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Live updates keep the list current; a refetch would reload every page scrolled through.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Follows 'history.updated': a known row is replaced where it is (a status that changed); a new
 * one is put on top of every list whose filter it matches. With a search, only the host knows
 * whether it matches, so that list is asked again.
 */
export function useHistoryLiveUpdates(): void {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  useEffect(() => {
    // The update of a call that just started arrives with its first tokens. Re-rendering the list
    // then would hold up the answer (≈8 ms in the bench, against a server that answers at once),
    // so updates wait a moment, then for an idle time, and are applied together.
    let waiting: HistorySummary[] = [];
    let scheduled: number | undefined;
    const apply = () => {
      scheduled = undefined;
      const entries = waiting;
      waiting = [];
      for (const entry of entries) applyUpdate(queryClient, entry);
    };
    const stop = bridge.on('history.updated', ({ entry }) => {
      waiting.push(entry);
      scheduled ??= whenIdle(apply);
    });
    return () => {
      stop();
      if (scheduled !== undefined) cancelIdle(scheduled);
    };
  }, [bridge, queryClient]);
}

// Not every browser has requestIdleCallback (Safari): there the delay alone has to do.
const whenIdle = (work: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 300 })
    : window.setTimeout(work, 50);
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

function applyUpdate(queryClient: ReturnType<typeof useQueryClient>, entry: HistorySummary): void {
  const lists = queryClient.getQueriesData<HistoryPages>({ queryKey: [...historyQueryKey, 'list'] });
  for (const [key, data] of lists) {
    // A first page still on its way may have been read before this change: ask again.
    if (!data) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
      continue;
    }
    const filter = (key[2] ?? {}) as HistoryFilter;
    const replaced = replaceRow(data, entry);
    if (replaced) queryClient.setQueryData(key, replaced);
    else if (filter.search) void queryClient.invalidateQueries({ queryKey: key, exact: true });
    else if (matches(filter, entry)) queryClient.setQueryData(key, prependRow(data, entry));
  }
}

function replaceRow(data: HistoryPages, entry: HistorySummary): HistoryPages | undefined {
  let found = false;
  const pages = data.pages.map((page) => {
    const index = page.entries.findIndex((candidate) => candidate.id === entry.id);
    if (index === -1) return page;
    found = true;
    const entries = page.entries.slice();
    entries[index] = entry;
    return { ...page, entries };
  });
  return found ? { ...data, pages } : undefined;
}

function prependRow(data: HistoryPages, entry: HistorySummary): HistoryPages {
  const [first, ...rest] = data.pages;
  if (!first) return data;
  const pages = [{ ...first, entries: [entry, ...first.entries] }, ...rest];
  // Every page carries the total; the list reads it from the first. A capped count stays "1,000+".
  return {
    ...data,
    pages: pages.map((page) => (page.totalAtLeast ? page : { ...page, total: page.total + 1 })),
  };
}

function matches(filter: HistoryFilter, entry: HistorySummary): boolean {
  if (filter.profileId !== undefined && filter.profileId !== entry.profileId) return false;
  if (filter.model !== undefined && filter.model !== entry.model) return false;
  if (filter.status !== undefined && filter.status !== entry.status) return false;
  if (filter.from !== undefined && entry.startedAt < filter.from) return false;
  if (filter.to !== undefined && entry.startedAt > filter.to) return false;
  return true;
}

/** After a deletion the rows and totals are the host's to tell. */
export function useRefreshHistory() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: historyQueryKey });
}

/**
 * The exact number of entries matching a filter ({} for all), asked when a confirmation must say
 * it: the list's own total stops at 1,000 for a filtered view.
 */
export function useExactTotal(filter: HistoryFilter, enabled: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: [...historyQueryKey, 'total', filter],
    queryFn: async () =>
      unwrap(await bridge['history.list']({ ...filter, limit: 1, exactTotal: true })).total,
    enabled,
    staleTime: 0,
  });
}
