import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatDuration, formatNumber } from '../../lib/format.ts';
import { formatCost } from '../response/cost-estimate.ts';
import { useCompareStore } from './compare-store.ts';
import { rankingOf, usePaneMeasurements } from './pane-measurements.ts';
import { type RankedMetric, rankedMetrics } from './rank-panes.ts';

const unknown = '—';

/** A table of the panes' metrics, each ranked, with the fastest and the cheapest named above it. */
export function CompareSummary() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const paneIds = useCompareStore(useShallow((state) => state.panes.map((pane) => pane.id)));
  const models = useCompareStore(useShallow((state) => state.panes.map((pane) => pane.model.trim())));
  const byPane = usePaneMeasurements((state) => state.byPane);
  const ranking = rankingOf(byPane);
  const anyRanked = rankedMetrics.some((metric) => Object.keys(ranking.ranks[metric]).length > 0);
  const finishedCount = paneIds.filter((id) => byPane[id]?.finished).length;

  const labelOf = (paneId: string) => {
    const index = paneIds.indexOf(paneId);
    return t('ui.compare.pane.label', {
      number: index + 1,
      model: models[index] || t('ui.compare.pane.noModel'),
    });
  };
  const labelsOf = (ids: string[]) =>
    ids
      .filter((id) => paneIds.includes(id))
      .map(labelOf)
      .join(', ');

  function format(metric: RankedMetric, value: number): string {
    switch (metric) {
      case 'firstTokenMs':
      case 'totalMs':
        return formatDuration(value, t, language);
      case 'tokensPerSecond':
        return formatNumber(value, language, 1);
      case 'cost':
        return formatCost(value, language);
      case 'outputTokens':
        return formatNumber(value, language);
    }
  }

  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <div className="summary-heading">
        <h2 id="compare-summary-title">{t('ui.compare.summary.title')}</h2>
        {ranking.fastest.length > 0 && (
          <span className="rank-badge badge-fastest" data-testid="summary-fastest">
            {t('ui.compare.summary.fastest', { panes: labelsOf(ranking.fastest) })}
          </span>
        )}
        {ranking.cheapest.length > 0 ? (
          <span className="rank-badge badge-cheapest" data-testid="summary-cheapest">
            {t('ui.compare.summary.cheapest', { panes: labelsOf(ranking.cheapest) })}
          </span>
        ) : (
          finishedCount > 1 && <span className="field-help">{t('ui.compare.summary.noCost')}</span>
        )}
      </div>
      {anyRanked ? (
        <div className="summary-scroll">
          <table className="summary-table" aria-label={t('ui.compare.summary.label')}>
            <thead>
              <tr>
                <th scope="col">{t('ui.compare.summary.metric')}</th>
                {paneIds.map((paneId) => (
                  <th scope="col" key={paneId}>
                    {labelOf(paneId)}
                    {byPane[paneId]?.failed && (
                      <span className="summary-not-ranked">{t('ui.compare.summary.notRanked')}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rankedMetrics.map((metric) => {
                const ranks = ranking.ranks[metric];
                const count = Object.keys(ranks).length;
                // Fewer output tokens rank first, but a longer answer may be the better one: no highlight.
                const highlighted = metric !== 'outputTokens';
                return (
                  <tr key={metric} data-testid={`summary-row-${metric}`}>
                    <th scope="row">{t(`ui.compare.summary.metrics.${metric}`)}</th>
                    {paneIds.map((paneId) => {
                      const value = byPane[paneId]?.[metric];
                      const rank = ranks[paneId];
                      return (
                        <td
                          key={paneId}
                          className={rank === 1 && count > 1 && highlighted ? 'best' : undefined}
                        >
                          <span className="summary-value">
                            {value === undefined ? unknown : format(metric, value)}
                          </span>
                          {rank !== undefined && (
                            <span
                              className="summary-rank"
                              title={t('ui.compare.summary.rankLabel', { rank, count })}
                            >
                              <span aria-hidden="true">{t('ui.compare.summary.rank', { rank })}</span>
                              <span className="visually-hidden">
                                {t('ui.compare.summary.rankLabel', { rank, count })}
                              </span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="field-help">{t('ui.compare.summary.empty')}</p>
      )}
    </section>
  );
}
