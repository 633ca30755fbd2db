import type { TFunction } from 'i18next';
import type { HistorySummary } from '../../../shared/history-schemas.ts';

/**
 * The HTTP status when it tells the outcome ("200", "401"), else the outcome in words: a stream
 * that broke after a 200 reads "failed", not a red "200".
 */
export function historyStatusText(entry: HistorySummary, t: TFunction): string {
  const { httpStatus } = entry;
  if (entry.status === 'done' && httpStatus !== undefined) return String(httpStatus);
  if (entry.status === 'failed' && httpStatus !== undefined && httpStatus >= 400) return String(httpStatus);
  return t(`ui.history.statuses.${entry.status}`);
}

export function historyStatusTone(entry: HistorySummary): 'good' | 'bad' | 'live' | 'muted' {
  if (entry.status === 'streaming') return 'live';
  if (entry.status === 'done' && (entry.httpStatus === undefined || entry.httpStatus < 400)) return 'good';
  if (entry.status === 'cancelled') return 'muted';
  return 'bad';
}
