import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryActions } from './history-actions.tsx';
import { HistoryFilters } from './history-filters.tsx';
import { HistoryList } from './history-list.tsx';
import { historyFilterOf, useHistoryView } from './history-view-store.ts';
import { RetentionButton } from './retention-settings.tsx';
import { useDebounced } from './use-debounced.ts';
import { useHistoryLiveUpdates, useHistoryPages } from './use-history.ts';

const searchDelayMs = 250;

/** The left column, Postman-like: every call made, newest first, searchable. */
export function HistorySidebar() {
  const { t } = useTranslation();
  const open = useHistoryView((state) => state.open);
  const setOpen = useHistoryView((state) => state.setOpen);
  const fields = useHistoryView((state) => state.fields);
  const setField = useHistoryView((state) => state.setField);
  const search = useDebounced(fields.search, searchDelayMs);
  const filter = useMemo(() => historyFilterOf(fields, search), [fields, search]);
  // Shares the list's cache entry: the total comes with every page at no extra cost.
  const firstPage = useHistoryPages(filter).data?.pages[0];
  const total = firstPage?.total;
  useHistoryLiveUpdates();

  if (!open) {
    return (
      <section className="history-sidebar collapsed" aria-label={t('ui.history.label')}>
        <button
          type="button"
          className="history-toggle"
          aria-expanded={false}
          title={t('ui.history.show')}
          onClick={() => setOpen(true)}
        >
          <span aria-hidden="true">»</span>
          <span className="history-toggle-text">{t('ui.history.show')}</span>
        </button>
      </section>
    );
  }

  return (
    <section className="history-sidebar" aria-label={t('ui.history.label')}>
      <div className="history-header">
        <h2>{t('ui.history.title')}</h2>
        <RetentionButton />
        <button
          type="button"
          className="icon-button history-hide"
          aria-expanded={true}
          aria-controls="history-body"
          aria-label={t('ui.history.hide')}
          title={t('ui.history.hide')}
          onClick={() => setOpen(false)}
        >
          «
        </button>
      </div>
      <div className="history-body" id="history-body">
        <input
          type="search"
          className="history-search"
          aria-label={t('ui.history.searchLabel')}
          placeholder={t('ui.history.searchPlaceholder')}
          value={fields.search}
          onChange={(event) => setField('search', event.target.value)}
        />
        <HistoryFilters />
        <HistoryList filter={filter} />
        <HistoryActions filter={filter} total={total} totalAtLeast={firstPage?.totalAtLeast} />
      </div>
    </section>
  );
}
