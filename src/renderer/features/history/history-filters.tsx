import { useTranslation } from 'react-i18next';
import { historyStatusSchema } from '../../../shared/history-schemas.ts';
import { useProfiles } from '../profiles/use-profiles.ts';
import { type HistoryFields, useHistoryView } from './history-view-store.ts';

/** Provider, model, status and a date range; they narrow the list, the export and Delete matching. */
export function HistoryFilters() {
  const { t } = useTranslation();
  const fields = useHistoryView((state) => state.fields);
  const setField = useHistoryView((state) => state.setField);
  const resetFilters = useHistoryView((state) => state.resetFilters);
  const profiles = useProfiles().data ?? [];
  const active = fields.profileId || fields.model || fields.status || fields.from || fields.to;
  return (
    <details className="history-filters">
      <summary>{t('ui.history.filtersLabel')}</summary>
      <div className="history-filter-grid">
        <label>
          <span>{t('ui.history.provider')}</span>
          <select value={fields.profileId} onChange={(event) => setField('profileId', event.target.value)}>
            <option value="">{t('ui.history.anyProvider')}</option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('ui.history.model')}</span>
          <input
            type="text"
            value={fields.model}
            placeholder={t('ui.history.anyModel')}
            onChange={(event) => setField('model', event.target.value)}
          />
        </label>
        <label>
          <span>{t('ui.history.status')}</span>
          <select
            value={fields.status}
            onChange={(event) => setField('status', event.target.value as HistoryFields['status'])}
          >
            <option value="">{t('ui.history.anyStatus')}</option>
            {historyStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`ui.history.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('ui.history.from')}</span>
          <input type="date" value={fields.from} onChange={(event) => setField('from', event.target.value)} />
        </label>
        <label>
          <span>{t('ui.history.to')}</span>
          <input type="date" value={fields.to} onChange={(event) => setField('to', event.target.value)} />
        </label>
        {active && (
          <button type="button" className="link-button" onClick={resetFilters}>
            {t('ui.history.clearFilters')}
          </button>
        )}
      </div>
    </details>
  );
}
