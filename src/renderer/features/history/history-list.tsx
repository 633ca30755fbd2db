import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryFilter } from '../../../shared/history-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { useRun } from '../run/run-context.tsx';
import { dayName, historyItems } from './history-items.ts';
import { HistoryRow } from './history-row.tsx';
import { hasFilters } from './history-view-store.ts';
import { useHistoryPages, useRefreshHistory } from './use-history.ts';
import { useOpenEntry } from './use-open-entry.ts';

const rowHeight = 64;
const dayHeight = 26;
// Ask for the next page while this many rows are still below the window, so scrolling never waits.
const prefetchRows = 40;

/** Only the rows in view are in the DOM, so a hundred thousand entries scroll like a hundred. */
export function HistoryList(props: { filter: HistoryFilter }) {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const pages = useHistoryPages(props.filter);
  const refresh = useRefreshHistory();
  const selectedId = useRun((state) => state.historyId);
  const { open, error: openError } = useOpenEntry();
  const scroller = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => pages.data?.pages.flatMap((page) => page.entries) ?? [], [pages.data]);
  const items = useMemo(() => historyItems(entries), [entries]);
  const count = items.length + (pages.hasNextPage ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (items[index]?.kind === 'day' ? dayHeight : rowHeight),
    getItemKey: (index) => items[index]?.key ?? 'loading-more',
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - prefetchRows) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, items.length]);

  // A new search or filter starts at its newest match, not where the last list was scrolled to.
  // Done once its first page is in, since the list is not mounted while that page loads.
  const filterKey = JSON.stringify(props.filter);
  const scrolledFor = useRef(filterKey);
  const ready = !pages.isPending;
  useEffect(() => {
    if (!ready || scrolledFor.current === filterKey) return;
    scrolledFor.current = filterKey;
    virtualizer.scrollToOffset(0);
  }, [filterKey, ready, virtualizer]);

  const onOpen = useCallback((id: string) => void open(id), [open]);
  const onDelete = useCallback(
    async (id: string) => {
      const result = await bridge['history.delete']({ ids: [id] });
      if (result.ok) void refresh();
    },
    [bridge, refresh],
  );

  if (pages.isPending) return <p className="history-note">{t('ui.history.loading')}</p>;
  if (pages.isError) {
    return (
      <div className="history-note" role="alert">
        <p>{t('ui.history.loadFailed')}</p>
        <button type="button" className="link-button" onClick={() => void pages.refetch()}>
          {t('ui.history.retry')}
        </button>
      </div>
    );
  }
  if (items.length === 0) {
    return (
      <p className="history-note">
        {hasFilters(props.filter) ? t('ui.history.noMatch') : t('ui.history.empty')}
      </p>
    );
  }

  const now = Date.now();
  return (
    <>
      {openError && (
        <p className="history-note history-error" role="alert">
          {t('ui.history.entry.loadFailed', { message: openError.message })}
        </p>
      )}
      <div className="history-scroll" ref={scroller}>
        <div className="history-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((virtualItem) => {
            const item = items[virtualItem.index];
            return (
              <div
                key={virtualItem.key}
                className="history-slot"
                style={{ height: virtualItem.size, transform: `translateY(${virtualItem.start}px)` }}
              >
                {!item ? (
                  <p className="history-note">{t('ui.history.loadingMore')}</p>
                ) : item.kind === 'day' ? (
                  <h3 className="history-day">{dayText(dayName(item.dayStart, now), t, i18n.language)}</h3>
                ) : (
                  <HistoryRow
                    entry={item.entry}
                    selected={item.entry.id === selectedId}
                    onOpen={onOpen}
                    onDelete={onDelete}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}

function dayText(name: ReturnType<typeof dayName>, t: TFunction, language: string) {
  if (name.kind === 'today') return t('ui.history.today');
  if (name.kind === 'yesterday') return t('ui.history.yesterday');
  return name.date.toLocaleDateString(language, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}
