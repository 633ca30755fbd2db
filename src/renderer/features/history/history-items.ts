import type { HistorySummary } from '../../../shared/history-schemas.ts';

/** The virtual list's rows: a day heading before the first entry of each day. */
export type HistoryItem =
  | { kind: 'day'; key: string; dayStart: number }
  | { kind: 'entry'; key: string; entry: HistorySummary };

export function startOfLocalDay(epochMs: number): number {
  const date = new Date(epochMs);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Entries arrive newest first, so a new heading starts whenever the local day changes. */
export function historyItems(entries: readonly HistorySummary[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  let currentDay: number | undefined;
  for (const entry of entries) {
    const day = startOfLocalDay(entry.startedAt);
    if (day !== currentDay) {
      currentDay = day;
      items.push({ kind: 'day', key: `day-${day}`, dayStart: day });
    }
    items.push({ kind: 'entry', key: entry.id, entry });
  }
  return items;
}

export type DayName = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; date: Date };

export function dayName(dayStart: number, now: number): DayName {
  const today = startOfLocalDay(now);
  if (dayStart === today) return { kind: 'today' };
  // One calendar day back, not 24 hours: a daylight-saving change makes some days 23 or 25 hours.
  const yesterday = new Date(today);
  yesterday.setDate(yesterday.getDate() - 1);
  if (dayStart === yesterday.getTime()) return { kind: 'yesterday' };
  return { kind: 'date', date: new Date(dayStart) };
}
