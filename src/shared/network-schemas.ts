import { z } from 'zod';
import { appearanceSettingsSchema } from './appearance-schemas.ts';
import { historySettingsSchema } from './history-schemas.ts';
import { appErrorSchema } from './result.ts';

/** How requests find their way out: the OS's settings, a proxy URL, the environment, or direct. */
export const proxyModeSchema = z.enum(['system', 'manual', 'environment', 'none']);
export type ProxyMode = z.infer<typeof proxyModeSchema>;

export const proxySettingsSchema = z.object({
  mode: proxyModeSchema,
  /** Manual mode: http://, https://, socks5:// or socks5h://, with optional user:password@. */
  url: z.string().trim().optional(),
  /** Manual mode: hosts that go direct, in NO_PROXY syntax (hosts, .domains, host:port, *). */
  noProxy: z.string().optional(),
});
export type ProxySettings = z.infer<typeof proxySettingsSchema>;

/** A profile either follows the global proxy setting ('default') or sets its own. */
export const profileProxySchema = proxySettingsSchema.extend({
  mode: z.enum(['default', ...proxyModeSchema.options]),
});
export type ProfileProxy = z.infer<typeof profileProxySchema>;

/** Per profile only: a corporate MITM proxy needs its CA; skipping verification is never global. */
export const tlsSettingsSchema = z.object({
  /** Path of a PEM bundle trusted in addition to the system's roots. */
  caFile: z.string().trim().optional(),
  skipVerification: z.boolean(),
});
export type TlsSettings = z.infer<typeof tlsSettingsSchema>;

const milliseconds = z.number().int().positive().max(86_400_000);

export const timeoutSettingsSchema = z.object({
  connectMs: milliseconds,
  /** Until the response headers arrive; a non-streamed reasoning answer needs minutes. */
  responseHeadersMs: milliseconds,
  /** Silence allowed between two chunks of a stream. */
  idleMs: milliseconds,
  totalMs: milliseconds,
});
export type TimeoutSettings = z.infer<typeof timeoutSettingsSchema>;

export const retrySettingsSchema = z.object({
  /** Retries after the first attempt; the official SDKs make 2. */
  maxRetries: z.number().int().min(0).max(10),
  initialDelayMs: z.number().int().min(0).max(60_000),
  maxDelayMs: z.number().int().min(0).max(600_000),
});
export type RetrySettings = z.infer<typeof retrySettingsSchema>;

export const networkSettingsSchema = z.object({
  proxy: proxySettingsSchema,
  timeouts: timeoutSettingsSchema,
  retry: retrySettingsSchema,
});
export type NetworkSettings = z.infer<typeof networkSettingsSchema>;

// The official SDKs' defaults: 10 minutes in all, 2 retries, 0.5 s doubling to at most 8 s.
export const defaultNetworkSettings: NetworkSettings = {
  proxy: { mode: 'system' },
  timeouts: { connectMs: 10_000, responseHeadersMs: 600_000, idleMs: 300_000, totalMs: 600_000 },
  retry: { maxRetries: 2, initialDelayMs: 500, maxDelayMs: 8_000 },
};

export const appSettingsSchema = z.object({
  network: networkSettingsSchema,
  history: historySettingsSchema,
  appearance: appearanceSettingsSchema,
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** What "Test connection" reports: the path taken and how the endpoint answered. */
export const connectionTestResultSchema = z.object({
  url: z.string(),
  /** 'direct', or the proxy used with its credentials masked. */
  via: z.string(),
  proxyMode: proxyModeSchema,
  /** The address connected to: the endpoint's when direct, the proxy's otherwise. */
  resolvedAddress: z.string().optional(),
  status: z.number().int().optional(),
  latencyMs: z.number().nonnegative(),
  error: appErrorSchema.optional(),
});
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;
