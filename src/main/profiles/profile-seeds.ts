import { findPreset } from '../presets/find-preset.ts';
import type { PresetDefinition } from '../presets/preset-table.ts';
import type { StoredProfile } from './stored-profile.ts';

/**
 * The profiles a new data directory starts with, under the ids the command line, the tests and
 * version 1 of the settings file use. What a preset does not say lives here: the variables that
 * keep the meaning the SDKs give them (OPENAI_BASE_URL) and the older compatible profile's own.
 */
export interface ProfileSeed {
  id: string;
  presetId: string;
  name?: string;
  /** Overrides the default base URL, as OPENAI_BASE_URL does for the OpenAI SDK. */
  baseUrlVariable?: string;
  /** Instead of the preset's key variable. */
  keyVariable?: string;
  /** Instead of the preset's base URL. */
  defaultBaseUrl?: string;
  baseUrlExample?: string;
  defaultModel?: string;
  models?: string[];
}

export const profileSeeds: readonly ProfileSeed[] = [
  { id: 'openai', presetId: 'openai', baseUrlVariable: 'OPENAI_BASE_URL' },
  { id: 'anthropic', presetId: 'anthropic', baseUrlVariable: 'ANTHROPIC_BASE_URL' },
  {
    id: 'compatible',
    presetId: 'custom',
    name: 'OpenAI-compatible endpoint',
    // Version 1 pointed this profile at a local Ollama; users who never edited it keep that.
    defaultBaseUrl: 'http://127.0.0.1:11434/v1',
    baseUrlVariable: 'PROMPTWIRE_COMPATIBLE_BASE_URL',
    keyVariable: 'PROMPTWIRE_COMPATIBLE_API_KEY',
    baseUrlExample: 'https://api.deepseek.com/v1',
    defaultModel: 'llama3.2',
    models: ['llama3.2', 'qwen2.5', 'deepseek-chat', 'deepseek-reasoner', 'qwen-plus', 'openai/gpt-4o-mini'],
  },
  { id: 'mock', presetId: 'mock' },
  { id: 'mock-anthropic', presetId: 'mock-anthropic' },
];

/** The Local mock profiles: always present, never deleted, re-added if a hand edit removed them. */
export const builtInProfileIds: readonly string[] = ['mock', 'mock-anthropic'];

/** The seed behind a stored profile, if it is still the seeded one (same id, same preset). */
export function findSeed(profileId: string, presetId: string | undefined): ProfileSeed | undefined {
  return profileSeeds.find((seed) => seed.id === profileId && seed.presetId === presetId);
}

/** A new profile's record: no base URL of its own, so the preset's (or the seed's) default applies. */
export function recordFromPreset(
  preset: PresetDefinition,
  id: string,
  name: string,
  models: { defaultModel?: string; models?: string[] } = {},
): StoredProfile {
  return {
    id,
    name,
    presetId: preset.id,
    format: preset.format,
    defaultModel: models.defaultModel ?? preset.defaultModel,
    models: [...(models.models ?? preset.models)],
    headers: {},
    prices: {},
  };
}

export function seedRecord(seed: ProfileSeed): StoredProfile {
  const preset = findPreset(seed.presetId);
  if (!preset) throw new Error(`The seed ${seed.id} names the unknown preset ${seed.presetId}`);
  return recordFromPreset(preset, seed.id, seed.name ?? preset.name, seed);
}

export function seedRecords(): StoredProfile[] {
  return profileSeeds.map(seedRecord);
}
