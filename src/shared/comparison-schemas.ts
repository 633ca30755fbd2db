import { z } from 'zod';
import { chatMessageSchema } from './chat-schemas.ts';

/** One pane: its own profile, model and parameters, and what it answered in each round. */
export const comparisonPaneSchema = z.object({
  id: z.string().min(1).max(100),
  profileId: z.string().min(1),
  model: z.string().trim().min(1),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().optional(),
  topP: z.number().min(0).max(1).optional(),
  stop: z.array(z.string().min(1)).max(4).optional(),
  stream: z.boolean(),
  /** How its answer is shown. */
  view: z.enum(['markdown', 'plain']),
  /** Its answer in each round: the first send, then each follow-up ('' where it failed). */
  answers: z.array(z.string()),
  /** The history entry of each of its calls. */
  historyIds: z.array(z.string()),
});
export type ComparisonPane = z.infer<typeof comparisonPaneSchema>;

/** Ids become file names: letters, digits, - and _ only. */
const comparisonIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'A comparison id is letters, digits, - and _');

/** A comparison as saved: the shared conversation and its 2 to 6 panes. */
export const comparisonSchema = z.object({
  id: comparisonIdSchema,
  name: z.string().trim().min(1, 'Give the comparison a name').max(120),
  /** Epoch milliseconds of the last save. */
  savedAt: z.number(),
  system: z.string().optional(),
  /** The conversation every pane starts from. */
  messages: z.array(chatMessageSchema).min(1),
  /** User messages sent after the first round; each pane's own answers are the assistant turns. */
  followUps: z.array(z.string()),
  panes: z.array(comparisonPaneSchema).min(2).max(6),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const comparisonSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  savedAt: z.number(),
  models: z.array(z.string()),
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;

export { comparisonIdSchema };
