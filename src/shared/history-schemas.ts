import { z } from 'zod';
import { chatRequestSchema, providerFormatSchema, usageSchema } from './chat-schemas.ts';
import { appErrorSchema } from './result.ts';

/** Where a call was made from; every one is kept. */
export const historySourceSchema = z.enum(['window', 'cli', 'comparison']);

/**
 * streaming: still running (or its host died: shown as interrupted on the next start);
 * interrupted: the process ended mid-stream (crash, kill -9): the text so far is kept.
 */
export const historyStatusSchema = z.enum(['streaming', 'done', 'failed', 'cancelled', 'interrupted']);
export type HistoryStatus = z.infer<typeof historyStatusSchema>;

/** One row of the history list: enough to recognise a call without loading it. */
export const historySummarySchema = z.object({
  id: z.string(),
  /** Epoch milliseconds. */
  startedAt: z.number(),
  source: historySourceSchema,
  profileId: z.string(),
  profileName: z.string(),
  format: providerFormatSchema,
  model: z.string(),
  /** The start of the last user message. */
  promptPreview: z.string(),
  status: historyStatusSchema,
  httpStatus: z.number().int().optional(),
  durationMs: z.number().nonnegative().optional(),
  /** The comparison this call was one pane of (source 'comparison'). */
  comparisonId: z.string().optional(),
});
export type HistorySummary = z.infer<typeof historySummarySchema>;

const attemptRecordSchema = z.object({
  attempt: z.number().int().positive(),
  startedAtMs: z.number().nonnegative(),
  via: z.string().optional(),
  status: z.number().int().optional(),
  error: appErrorSchema.optional(),
  retryInMs: z.number().nonnegative().optional(),
  nextKeyLastFour: z.string().optional(),
});

/** The whole call as it was: the exact request (keys masked) and everything that came back. */
export const historyEntrySchema = historySummarySchema.extend({
  baseUrl: z.string(),
  /** The normalized request, which reopens as an editable draft. */
  request: chatRequestSchema,
  /** What went over the wire: method, URL, headers with keys masked, body. */
  requestSent: z
    .object({
      method: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()),
      body: z.string(),
    })
    .optional(),
  responseHeaders: z.record(z.string(), z.string()).optional(),
  text: z.string(),
  reasoning: z.string(),
  toolCalls: z.array(
    z.object({
      index: z.number().int(),
      id: z.string().optional(),
      name: z.string().optional(),
      arguments: z.string(),
    }),
  ),
  finishReason: z.string().nullable(),
  usage: usageSchema,
  costUsd: z.number().nonnegative().optional(),
  firstTokenMs: z.number().nonnegative().optional(),
  totalMs: z.number().nonnegative().optional(),
  attempts: z.array(attemptRecordSchema),
  error: appErrorSchema.optional(),
  /** The raw bytes of the response as text, up to the size limit. */
  raw: z.string(),
  /** True when raw was cut at the size limit (2 MB). */
  rawTruncated: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Filters shared by list, delete-matching and export; search is full text over prompts and answers. */
export const historyFilterSchema = z.object({
  search: z.string().trim().max(500).optional(),
  profileId: z.string().optional(),
  model: z.string().optional(),
  status: historyStatusSchema.optional(),
  /** Epoch milliseconds, inclusive. */
  from: z.number().optional(),
  to: z.number().optional(),
  /** The panes' calls of one comparison. */
  comparisonId: z.string().optional(),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export const historyPageSchema = z.object({
  entries: z.array(historySummarySchema),
  /** Pass back as `before` for the next (older) page; absent on the last page. */
  nextCursor: z.string().optional(),
  /** How many entries match the filter in all; a lower bound when totalAtLeast is set. */
  total: z.number().int().nonnegative(),
  /** A filtered count stops at 1,000 unless the caller asks for the exact number: shown as "1,000+". */
  totalAtLeast: z.boolean().optional(),
});

export const historySettingsSchema = z.object({
  /** Entries older than this many days are deleted; absent: kept forever. */
  retentionDays: z.number().int().positive().max(36_500).optional(),
  /** Only the newest this many entries are kept; absent: no limit. */
  retentionEntries: z.number().int().positive().max(10_000_000).optional(),
});
export type HistorySettings = z.infer<typeof historySettingsSchema>;
