import { z } from 'zod';
import { profileProxySchema, tlsSettingsSchema } from '../../shared/network-schemas.ts';
import { looksLikeApiKey, normalizeBaseUrl } from '../profiles/base-url.ts';
import { builtInProfileIds, profileSeeds, seedRecord, seedRecords } from '../profiles/profile-seeds.ts';
import { isRecord, readStoredProfiles, type StoredProfile } from '../profiles/stored-profile.ts';
import { cleanNetworkSettings } from './read-network-settings.ts';

/**
 * Version 1 (no schemaVersion key): `profiles` held edits over built-in profiles,
 * `{ [id]: { baseUrl?, defaultModel?, proxy?, tls? } }`. Version 2: `profiles` is the list of
 * StoredProfile records, and `schemaVersion` says so.
 */
export const currentSchemaVersion = 2;

/** config.json as this version reads it; keys it does not know (another tool's) are kept. */
export interface SettingsDocument {
  schemaVersion: number;
  profiles: StoredProfile[];
  network?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface NormalizedSettings {
  document: SettingsDocument;
  /** Values that could not be used and were left out, by path (network.retry.maxRetries). */
  problems: string[];
  /** The document differs from what the file holds and should be written back. */
  changed: boolean;
  /** Set when a version-1 file was migrated. */
  migratedFrom?: number;
  /** Set when a newer version of Promptwire wrote the file; it is then never rewritten on open. */
  newerVersion?: number;
}

/** Brings a parsed config.json to the current version, dropping (and naming) what cannot be used. */
export function normalizeSettings(raw: Record<string, unknown>): NormalizedSettings {
  const problems: string[] = [];
  const version = declaredVersion(raw, problems);
  let profiles: StoredProfile[];
  let changed = false;
  let migratedFrom: number | undefined;

  if (version === 1) {
    profiles = migrateVersionOne(raw.profiles, problems);
    changed = true;
    migratedFrom = 1;
  } else if (Array.isArray(raw.profiles)) {
    profiles = readStoredProfiles(raw.profiles, problems);
  } else {
    if (raw.profiles !== undefined) problems.push('profiles');
    profiles = seedRecords();
    changed = true;
  }
  for (const id of builtInProfileIds) {
    if (profiles.some((profile) => profile.id === id)) continue;
    const seed = profileSeeds.find((candidate) => candidate.id === id);
    if (seed) profiles.push(seedRecord(seed));
    changed = true;
  }

  const network = cleanNetworkSettings(raw.network, problems);
  const { schemaVersion: _declared, ...rest } = raw;
  const document: SettingsDocument = {
    schemaVersion: Math.max(version, currentSchemaVersion),
    ...rest,
    profiles,
  };
  if (network === undefined) delete document.network;
  else document.network = network;

  const newerVersion = version > currentSchemaVersion ? version : undefined;
  if (problems.length > 0) changed = true;
  return {
    document,
    problems,
    changed: newerVersion === undefined && changed,
    ...(migratedFrom !== undefined && { migratedFrom }),
    ...(newerVersion !== undefined && { newerVersion }),
  };
}

function declaredVersion(raw: Record<string, unknown>, problems: string[]): number {
  const declared = raw.schemaVersion;
  if (declared === undefined) return 1;
  if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 1) return declared;
  problems.push('schemaVersion');
  // Judged by shape instead: only version 2 and later keep profiles as a list.
  return Array.isArray(raw.profiles) ? currentSchemaVersion : 1;
}

const versionOneFields = {
  baseUrl: z
    .string()
    .min(1)
    .refine((text) => !looksLikeApiKey(text) && normalizeBaseUrl(text) !== undefined),
  defaultModel: z.string().trim().min(1),
  proxy: profileProxySchema,
  tls: tlsSettingsSchema,
};

/** The seeded profiles with the version-1 edits applied, field by field. */
function migrateVersionOne(raw: unknown, problems: string[]): StoredProfile[] {
  const records = seedRecords();
  if (raw === undefined) return records;
  if (!isRecord(raw)) {
    problems.push('profiles');
    return records;
  }
  for (const [profileId, edit] of Object.entries(raw)) {
    const record = records.find((candidate) => candidate.id === profileId);
    if (!record || !isRecord(edit)) {
      problems.push(`profiles.${profileId}`);
      continue;
    }
    for (const [field, value] of Object.entries(edit)) {
      const schema = versionOneFields[field as keyof typeof versionOneFields];
      const parsed = schema?.safeParse(value);
      if (!parsed?.success) {
        problems.push(`profiles.${profileId}.${field}`);
        continue;
      }
      if (field === 'baseUrl') record.baseUrl = normalizeBaseUrl(parsed.data as string) as string;
      else Object.assign(record, { [field]: parsed.data });
    }
  }
  return records;
}
