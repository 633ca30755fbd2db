import type { TFunction } from 'i18next';
import type { HistorySummary } from '../../../shared/history-schemas.ts';

/** The HTTP status when there is one ("200", "401"), else the outcome in words. */
export function historyStatusText(entry: HistorySummary, t: TFunction): string {
  if ((entry.status === 'done' || entry.status === 'failed') && entry.httpStatus !== undefined) {
    return String(entry.httpStatus);
  }
  return t(`ui.history.statuses.${entry.status}`);
}

export function historyStatusTone(entry: HistorySummary): 'good' | 'bad' | 'live' | 'muted' {
  if (entry.status === 'streaming') return 'live';
  if (entry.status === 'done' && (entry.httpStatus === undefined || entry.httpStatus < 400)) return 'good';
  if (entry.status === 'cancelled') return 'muted';
  return 'bad';
}
