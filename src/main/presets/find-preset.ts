import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { Preset } from '../../shared/profile-schemas.ts';
import { inProcessMockLabel, type PresetDefinition, presetTable } from './preset-table.ts';

export function findPreset(presetId: string | undefined): PresetDefinition | undefined {
  return presetId === undefined ? undefined : presetTable.find((preset) => preset.id === presetId);
}

export const presetIds: readonly string[] = presetTable.map((preset) => preset.id);

/** A preset as the window sees it. */
export function describePreset(preset: PresetDefinition): Preset {
  const described: Preset = {
    id: preset.id,
    name: preset.name,
    format: preset.format,
    baseUrl: preset.inProcessMockPath === undefined ? preset.baseUrl : inProcessMockLabel,
    keyRequired: preset.key === 'required',
    defaultModel: preset.defaultModel,
    models: [...preset.models],
  };
  if (preset.keyEnvironmentVariable) described.keyEnvironmentVariable = preset.keyEnvironmentVariable;
  if (preset.documentationUrl) described.documentationUrl = preset.documentationUrl;
  return described;
}

export function listPresets(): Preset[] {
  return presetTable.map(describePreset);
}

/**
 * The preset a stored profile names, or a stand-in made from its format when the name is missing
 * or comes from a newer version: no default URL and no key variable, so nothing is guessed.
 */
export function presetOrFallback(presetId: string | undefined, format: ProviderFormat): PresetDefinition {
  const preset = findPreset(presetId);
  if (preset) return preset;
  const model = format === 'anthropic-messages' ? 'claude-sonnet-4-5' : 'gpt-4o-mini';
  return {
    id: presetId ?? 'custom',
    name: format === 'anthropic-messages' ? 'Anthropic-compatible endpoint' : 'OpenAI-compatible endpoint',
    format,
    baseUrl: '',
    baseUrlExample:
      format === 'anthropic-messages' ? 'https://api.anthropic.com' : 'https://relay.example.com/v1',
    key: 'optional',
    defaultModel: model,
    models: [model],
  };
}
