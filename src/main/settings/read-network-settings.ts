import type { z } from 'zod';
import {
  defaultNetworkSettings,
  type NetworkSettings,
  proxySettingsSchema,
  retrySettingsSchema,
  timeoutSettingsSchema,
} from '../../shared/network-schemas.ts';

/**
 * The network settings as stored, over the defaults, one field at a time: a hand-edited file with
 * one bad value loses that value only, never the rest and never the app.
 */
export function readNetworkSettings(stored: unknown): NetworkSettings {
  const raw = asRecord(stored);
  const proxy = proxySettingsSchema.safeParse(raw.proxy);
  return {
    proxy: proxy.success ? withoutEmptyFields(proxy.data) : { ...defaultNetworkSettings.proxy },
    timeouts: readFields(timeoutSettingsSchema.shape, raw.timeouts, defaultNetworkSettings.timeouts),
    retry: readFields(retrySettingsSchema.shape, raw.retry, defaultNetworkSettings.retry),
  };
}

function readFields<T extends Record<string, unknown>>(
  shape: { [K in keyof T]: z.ZodType<T[K]> },
  stored: unknown,
  defaults: T,
): T {
  const raw = asRecord(stored);
  const result = { ...defaults };
  for (const field of Object.keys(defaults) as (keyof T)[]) {
    const parsed = shape[field].safeParse(raw[field as string]);
    if (parsed.success) result[field] = parsed.data;
  }
  return result;
}

/**
 * The stored network settings without the values this version cannot use, each named in
 * `problems` (network.timeouts.totalMs); undefined when nothing usable is left or nothing was there.
 */
export function cleanNetworkSettings(
  stored: unknown,
  problems: string[],
): Record<string, unknown> | undefined {
  if (stored === undefined) return undefined;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    problems.push('network');
    return undefined;
  }
  const cleaned: Record<string, unknown> = { ...stored };
  if (cleaned.proxy !== undefined && !proxySettingsSchema.safeParse(cleaned.proxy).success) {
    problems.push('network.proxy');
    delete cleaned.proxy;
  }
  const sections = { timeouts: timeoutSettingsSchema.shape, retry: retrySettingsSchema.shape };
  for (const [section, shape] of Object.entries(sections)) {
    const value = cleaned[section];
    if (value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`network.${section}`);
      delete cleaned[section];
      continue;
    }
    const fields: Record<string, unknown> = { ...value };
    for (const [field, schema] of Object.entries(shape) as [string, z.ZodType][]) {
      if (fields[field] !== undefined && !schema.safeParse(fields[field]).success) {
        problems.push(`network.${section}.${field}`);
        delete fields[field];
      }
    }
    cleaned[section] = fields;
  }
  return cleaned;
}

/** An empty URL or bypass list means "none", and is not kept. */
export function withoutEmptyFields<T extends { url?: string | undefined; noProxy?: string | undefined }>(
  proxy: T,
): T {
  const cleaned = { ...proxy };
  if (!cleaned.url) delete cleaned.url;
  if (!cleaned.noProxy?.trim()) delete cleaned.noProxy;
  return cleaned;
}

/** A field sent as undefined means "unchanged", not "remove". */
export function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
