import { z } from 'zod';
import { type ProviderFormat, providerFormatSchema } from '../../shared/chat-schemas.ts';
import {
  type ProfileProxy,
  profileProxySchema,
  type TlsSettings,
  tlsSettingsSchema,
} from '../../shared/network-schemas.ts';
import { type ModelPrice, modelPriceSchema } from '../../shared/profile-schemas.ts';
import { findPreset, presetOrFallback } from '../presets/find-preset.ts';
import { looksLikeApiKey, normalizeBaseUrl } from './base-url.ts';
import { isValidHeaderName, isValidHeaderValue } from './profile-headers.ts';

/** One profile as `config.json` keeps it (settings version 2), under `profiles`, in display order. */
export interface StoredProfile {
  id: string;
  name: string;
  presetId?: string;
  format: ProviderFormat;
  /** Absent: the preset's base URL (or, for the seeded profiles, their variable's). */
  baseUrl?: string;
  defaultModel: string;
  models: string[];
  headers: Record<string, string>;
  prices: Record<string, ModelPrice>;
  /** Absent: the default, so a later change of the default applies. */
  proxy?: ProfileProxy;
  tls?: TlsSettings;
}

// Ids appear on the command line (--provider) and in file names of nothing; keep them plain.
export const profileIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
const nameSchema = z.string().trim().min(1).max(80);
const modelSchema = z.string().trim().min(1).max(200);

/**
 * Reads stored profiles field by field: a value this version cannot use costs that value only
 * (its default applies) and is named in `problems`, e.g. `profiles[openai].proxy`. A record without
 * a usable id or format cannot stand for anything and is skipped, also named.
 */
export function readStoredProfiles(raw: readonly unknown[], problems: string[]): StoredProfile[] {
  const profiles: StoredProfile[] = [];
  raw.forEach((entry, index) => {
    const profile = readStoredProfile(entry, index, problems);
    if (!profile) return;
    if (profiles.some((other) => other.id === profile.id)) {
      problems.push(`profiles[${profile.id}] (listed twice)`);
      return;
    }
    profiles.push(profile);
  });
  return profiles;
}

function readStoredProfile(raw: unknown, index: number, problems: string[]): StoredProfile | undefined {
  if (!isRecord(raw)) {
    problems.push(`profiles[${index}]`);
    return undefined;
  }
  const id = profileIdSchema.safeParse(raw.id);
  if (!id.success) {
    problems.push(`profiles[${index}].id`);
    return undefined;
  }
  const path = `profiles[${id.data}]`;
  const field = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    if (raw[name] === undefined) return undefined;
    const parsed = schema.safeParse(raw[name]);
    if (parsed.success) return parsed.data;
    problems.push(`${path}.${name}`);
    return undefined;
  };

  const presetId = field('presetId', z.string().min(1).max(100));
  // A format this version does not know (a newer one's) is replaced by the preset's, when it names one.
  const format = field('format', providerFormatSchema) ?? findPreset(presetId)?.format;
  if (format === undefined) {
    if (raw.format === undefined) problems.push(`${path}.format`);
    return undefined;
  }
  const preset = presetOrFallback(presetId, format);
  const profile: StoredProfile = {
    id: id.data,
    name: field('name', nameSchema) ?? preset.name,
    format,
    defaultModel: field('defaultModel', modelSchema) ?? preset.defaultModel,
    models: field('models', z.array(modelSchema).max(1000)) ?? [...preset.models],
    headers: readHeaders(raw.headers, `${path}.headers`, problems),
    prices: readPrices(raw.prices, `${path}.prices`, problems),
  };
  if (presetId !== undefined) profile.presetId = presetId;
  const baseUrl = field('baseUrl', z.string());
  if (baseUrl !== undefined) {
    const normalized = looksLikeApiKey(baseUrl) ? undefined : normalizeBaseUrl(baseUrl);
    if (normalized) profile.baseUrl = normalized;
    else problems.push(`${path}.baseUrl`);
  }
  const proxy = field('proxy', profileProxySchema);
  if (proxy !== undefined) profile.proxy = proxy;
  const tls = field('tls', tlsSettingsSchema);
  if (tls !== undefined) profile.tls = tls;
  return profile;
}

function readHeaders(raw: unknown, path: string, problems: string[]): Record<string, string> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(path);
    return {};
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string' && isValidHeaderName(name) && isValidHeaderValue(value))
      headers[name] = value;
    else problems.push(`${path}.${name}`);
  }
  return headers;
}

function readPrices(raw: unknown, path: string, problems: string[]): Record<string, ModelPrice> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(path);
    return {};
  }
  const prices: Record<string, ModelPrice> = {};
  for (const [model, value] of Object.entries(raw)) {
    const parsed = modelPriceSchema.safeParse(value);
    if (parsed.success) prices[model] = parsed.data;
    else problems.push(`${path}.${model}`);
  }
  return prices;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
