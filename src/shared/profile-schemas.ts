import { z } from 'zod';
import { providerFormatSchema } from './chat-schemas.ts';
import { profileProxySchema, tlsSettingsSchema } from './network-schemas.ts';
import { appErrorSchema } from './result.ts';

/**
 * How stored keys are encrypted: Electron's safeStorage (OS keychain), its Linux fallback
 * basic_text (a fixed, public key: no real protection), or AES-256-GCM with a key file readable
 * only by the user (browser mode and the command line).
 */
export const secretBackendSchema = z.enum(['safe-storage', 'basic-text', 'key-file']);
export type SecretBackend = z.infer<typeof secretBackendSchema>;

/** stored: encrypted in the data directory; session: in memory until the host exits. */
export const keySourceSchema = z.enum(['environment', 'stored', 'session']);
export type KeySource = z.infer<typeof keySourceSchema>;

export const modelPriceSchema = z.object({
  inputPerMillion: z.number().nonnegative(),
  outputPerMillion: z.number().nonnegative(),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;

export const keyStatusSchema = z.object({
  configured: z.boolean(),
  /** The last four characters only; the key itself never leaves the main process. */
  lastFour: z.string().max(4).optional(),
  source: z.enum([...keySourceSchema.options, 'none', 'not-needed']),
  backend: secretBackendSchema.optional(),
});
export type KeyStatus = z.infer<typeof keyStatusSchema>;

/** One of a profile's keys, as the window may see it: never the key, only its state. */
export const keySlotSchema = z.object({
  id: z.string(),
  lastFour: z.string().max(4).optional(),
  source: keySourceSchema,
  /**
   * exhausted: out of quota or credit; waiting will not help, unlike rate-limited. unreadable: a
   * stored key this machine can no longer decrypt (altered file, another keychain): re-enter it.
   */
  state: z.enum(['unused', 'ok', 'rate-limited', 'rejected', 'exhausted', 'unreadable']),
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
  /** Extra headers sent with every request (relays often want their own); credential values masked. */
  headers: z.record(z.string(), z.string()),
  /** Per model, US dollars per million tokens, for cost estimates. */
  prices: z.record(z.string(), modelPriceSchema),
  /** The preset it was made from, if any. */
  presetId: z.string().optional(),
  /** Built-in profiles (the Local mock) cannot be deleted. */
  builtIn: z.boolean(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

/** A starting point for a profile: the vendor's base URL and wire format, as its SDK takes them. */
export const presetSchema = z.object({
  id: z.string(),
  name: z.string(),
  format: providerFormatSchema,
  baseUrl: z.string(),
  /** The environment variable the vendor's SDK reads the key from, if any. */
  keyEnvironmentVariable: z.string().optional(),
  keyRequired: z.boolean(),
  defaultModel: z.string(),
  models: z.array(z.string()),
  /** Where the user gets a key or reads the docs. */
  documentationUrl: z.string().optional(),
});
export type Preset = z.infer<typeof presetSchema>;

/** A problem noticed in a pasted key, with the fix; the key is never altered silently. */
export const keyWarningSchema = z.object({
  code: z.enum([
    'empty',
    'surrounding-whitespace',
    'inner-whitespace',
    'anthropic-key-on-openai',
    'openai-key-on-anthropic',
    'looks-like-url',
  ]),
  message: z.string(),
  /** Set when the fix is mechanical (e.g. the key without surrounding whitespace) */
  fixable: z.boolean(),
});
export type KeyWarning = z.infer<typeof keyWarningSchema>;

export const keyStorageStatusSchema = z.object({
  backend: secretBackendSchema,
  /** False for basic_text: stored keys would be readable by anyone with the files. */
  protected: z.boolean(),
  /** What went wrong with the stored keys (a corrupt file moved aside, an unsafe key file). */
  problems: z.array(appErrorSchema).optional(),
});
export type KeyStorageStatus = z.infer<typeof keyStorageStatusSchema>;
