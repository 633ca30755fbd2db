import { presetOrFallback } from '../presets/find-preset.ts';
import type { DefaultEndpoint, Profile } from './profile.ts';
import { builtInProfileIds, findSeed } from './profile-seeds.ts';
import type { StoredProfile } from './stored-profile.ts';

/** A stored profile joined with its preset and, for the seeded ones, their variables. */
export function toProfile(record: StoredProfile): Profile {
  const preset = presetOrFallback(record.presetId, record.format);
  const seed = findSeed(record.id, record.presetId);
  let endpoint: DefaultEndpoint;
  if (preset.inProcessMockPath !== undefined) {
    endpoint = { kind: 'in-process-mock', path: preset.inProcessMockPath };
  } else {
    endpoint = { kind: 'url' };
    const url = seed?.defaultBaseUrl ?? preset.baseUrl;
    if (url) endpoint.url = url;
    if (seed?.baseUrlVariable) endpoint.environmentVariable = seed.baseUrlVariable;
  }
  const keyVariable = seed?.keyVariable ?? preset.keyEnvironmentVariable;
  const profile: Profile = {
    id: record.id,
    name: record.name,
    format: record.format,
    endpoint,
    baseUrlExample: seed?.baseUrlExample ?? preset.baseUrlExample,
    key: { requirement: preset.key, ...(keyVariable && { environmentVariable: keyVariable }) },
    defaultModel: record.defaultModel,
    models: [...record.models],
    headers: { ...record.headers },
    prices: { ...record.prices },
    builtIn: seed !== undefined && builtInProfileIds.includes(seed.id),
  };
  if (record.presetId !== undefined) profile.presetId = record.presetId;
  if (record.baseUrl !== undefined) profile.baseUrl = record.baseUrl;
  if (record.proxy !== undefined) profile.proxy = record.proxy;
  if (record.tls !== undefined) profile.tls = record.tls;
  return profile;
}
