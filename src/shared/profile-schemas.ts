import { z } from 'zod';
import { providerFormatSchema } from './chat-schemas.ts';

export const keyStatusSchema = z.object({
  configured: z.boolean(),
  /** The last four characters only; the key itself never leaves the main process. */
  lastFour: z.string().max(4).optional(),
  source: z.enum(['environment', 'session', 'none', 'not-needed']),
});
export type KeyStatus = z.infer<typeof keyStatusSchema>;

export const profileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  format: providerFormatSchema,
  baseUrl: z.string(),
  defaultModel: z.string(),
  /** Suggested model names; a free-text model always works. */
  models: z.array(z.string()),
  key: keyStatusSchema,
  builtIn: z.boolean(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;
