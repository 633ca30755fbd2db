import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../shared/history-schemas.ts';
import { historyStatusText, historyStatusTone } from './history-status.ts';

const t = ((key: string) => key.split('.').at(-1)) as unknown as TFunction;
const row = (status: HistorySummary['status'], httpStatus?: number): HistorySummary => ({
  id: 'e',
  startedAt: 0,
  source: 'window',
  profileId: 'p',
  profileName: 'P',
  format: 'openai-chat',
  model: 'm',
  promptPreview: '',
  status,
  ...(httpStatus !== undefined && { httpStatus }),
});

describe('a history row status', () => {
  it('shows the HTTP status when it tells the outcome, the outcome in words otherwise', () => {
    expect(historyStatusText(row('done', 200), t)).toBe('200');
    expect(historyStatusText(row('failed', 429), t)).toBe('429');
    // A stream that broke after its 200: "200" in red would say the opposite of what happened.
    expect(historyStatusText(row('failed', 200), t)).toBe('failed');
    expect(historyStatusText(row('failed'), t)).toBe('failed');
    expect(historyStatusText(row('interrupted', 200), t)).toBe('interrupted');
    expect(historyStatusTone(row('failed', 200))).toBe('bad');
    expect(historyStatusTone(row('done', 200))).toBe('good');
  });
});
