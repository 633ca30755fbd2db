import { z } from 'zod';
import { providerFormatSchema } from './chat-schemas.ts';
import { profileProxySchema, tlsSettingsSchema } from './network-schemas.ts';

export const keyStatusSchema = z.object({
  configured: z.boolean(),
  /** The last four characters only; the key itself never leaves the main process. */
  lastFour: z.string().max(4).optional(),
  source: z.enum(['environment', 'session', 'none', 'not-needed']),
});
export type KeyStatus = z.infer<typeof keyStatusSchema>;

/** One of a profile's keys, as the window may see it: never the key, only its state. */
export const keySlotSchema = z.object({
  id: z.string(),
  lastFour: z.string().max(4).optional(),
  source: z.enum(['environment', 'session']),
  /** exhausted: out of quota or credit; waiting will not help, unlike rate-limited. */
  state: z.enum(['unused', 'ok', 'rate-limited', 'rejected', 'exhausted']),
  /** Epoch milliseconds; set while state is rate-limited. */
  rateLimitedUntil: z.number().optional(),
});
export type KeySlot = z.infer<typeof keySlotSchema>;

export const profileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  format: providerFormatSchema,
  baseUrl: z.string(),
  defaultModel: z.string(),
  /** Suggested model names; a free-text model always works. */
  models: z.array(z.string()),
  key: keyStatusSchema,
  /** Every key of the profile in rotation order; on 429 or 401 the next healthy one is tried. */
  keys: z.array(keySlotSchema),
  proxy: profileProxySchema,
  tls: tlsSettingsSchema,
  builtIn: z.boolean(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;
