import { describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../shared/history-schemas.ts';
import { dayName, historyItems, startOfLocalDay } from './history-items.ts';

function summary(id: string, startedAt: number): HistorySummary {
  return {
    id,
    startedAt,
    source: 'window',
    profileId: 'mock',
    profileName: 'Local mock',
    format: 'openai-compatible',
    model: 'mock-fast',
    promptPreview: 'Hello',
    status: 'done',
  };
}

describe('historyItems', () => {
  it('puts a day heading before the first entry of each local day', () => {
    const now = new Date(2025, 4, 10, 15).getTime();
    const earlierToday = new Date(2025, 4, 10, 9).getTime();
    const yesterday = new Date(2025, 4, 9, 23).getTime();
    const items = historyItems([summary('a', now), summary('b', earlierToday), summary('c', yesterday)]);
    expect(items.map((item) => item.kind)).toEqual(['day', 'entry', 'entry', 'day', 'entry']);
  });
});

describe('dayName', () => {
  it('names today and yesterday, and dates before', () => {
    const now = new Date(2025, 2, 31, 12).getTime();
    expect(dayName(startOfLocalDay(now), now)).toEqual({ kind: 'today' });
    expect(dayName(new Date(2025, 2, 30).getTime(), now)).toEqual({ kind: 'yesterday' });
    expect(dayName(new Date(2025, 2, 29).getTime(), now).kind).toBe('date');
  });
});
