import { type HistorySettings, historySettingsSchema } from '../../shared/history-schemas.ts';

/**
 * The history retention as stored, one field at a time: a hand-edited bad value means "no limit"
 * for that field, never an error and never deleting history by a limit nobody chose.
 */
export function readHistorySettings(stored: unknown): HistorySettings {
  const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const result: HistorySettings = {};
  for (const field of ['retentionDays', 'retentionEntries'] as const) {
    const parsed = historySettingsSchema.shape[field].safeParse((raw as Record<string, unknown>)[field]);
    if (parsed.success && parsed.data !== undefined) result[field] = parsed.data;
  }
  return result;
}
