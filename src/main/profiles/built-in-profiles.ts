import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { MOCK_MODELS } from '../mock/mock-behaviours.ts';

/** Where a profile sends requests when the user has not edited its base URL. */
export type DefaultEndpoint =
  | { kind: 'url'; url: string; environmentVariable?: string }
  /** The in-process mock server, started on first use; `path` follows the format's SDK convention. */
  | { kind: 'in-process-mock'; path: '/v1' | '' };

export interface BuiltInProfile {
  id: string;
  name: string;
  format: ProviderFormat;
  endpoint: DefaultEndpoint;
  /** Shown in the hint of an invalid base URL, in the shape this format's SDK expects. */
  baseUrlExample: string;
  key: { requirement: 'required' | 'optional' | 'not-needed'; environmentVariable?: string };
  defaultModel: string;
  models: string[];
}

const mockModelNames = MOCK_MODELS.map((model) => model.name);

// mock-default streams at the mock server's own pace, slow enough to watch the tokens arrive;
// mock-fast answers with no delay at all and suits scripts and tests better than a first look.
const mockDefaultModel = 'mock-default';

export const builtInProfiles: readonly BuiltInProfile[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    format: 'openai-chat',
    endpoint: { kind: 'url', url: 'https://api.openai.com/v1', environmentVariable: 'OPENAI_BASE_URL' },
    baseUrlExample: 'https://api.openai.com/v1',
    key: { requirement: 'required', environmentVariable: 'OPENAI_API_KEY' },
    defaultModel: 'gpt-4o-mini',
    models: ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'o4-mini'],
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    format: 'anthropic-messages',
    endpoint: { kind: 'url', url: 'https://api.anthropic.com', environmentVariable: 'ANTHROPIC_BASE_URL' },
    baseUrlExample: 'https://api.anthropic.com',
    key: { requirement: 'required', environmentVariable: 'ANTHROPIC_API_KEY' },
    defaultModel: 'claude-sonnet-4-5',
    models: ['claude-sonnet-4-5', 'claude-opus-4-1', 'claude-haiku-4-5'],
  },
  {
    id: 'compatible',
    name: 'OpenAI-compatible endpoint',
    format: 'openai-compatible',
    endpoint: {
      kind: 'url',
      url: 'http://127.0.0.1:11434/v1',
      environmentVariable: 'PROMPTWIRE_COMPATIBLE_BASE_URL',
    },
    baseUrlExample: 'https://api.deepseek.com/v1',
    // Local servers such as Ollama take no key; hosted ones (DeepSeek, OpenRouter, relays) do.
    key: { requirement: 'optional', environmentVariable: 'PROMPTWIRE_COMPATIBLE_API_KEY' },
    defaultModel: 'llama3.2',
    models: [
      'llama3.2',
      'qwen2.5',
      'deepseek-chat',
      'deepseek-reasoner',
      'qwen-plus',
      'kimi-k2-0905-preview',
      'openai/gpt-4o-mini',
    ],
  },
  {
    id: 'mock',
    name: 'Local mock (OpenAI format)',
    format: 'openai-chat',
    endpoint: { kind: 'in-process-mock', path: '/v1' },
    baseUrlExample: 'http://127.0.0.1:8787/v1',
    key: { requirement: 'not-needed' },
    defaultModel: mockDefaultModel,
    models: [...mockModelNames, 'gpt-4o', 'gpt-4o-mini'],
  },
  {
    id: 'mock-anthropic',
    name: 'Local mock (Anthropic format)',
    format: 'anthropic-messages',
    endpoint: { kind: 'in-process-mock', path: '' },
    baseUrlExample: 'http://127.0.0.1:8787',
    key: { requirement: 'not-needed' },
    defaultModel: mockDefaultModel,
    models: [...mockModelNames, 'claude-sonnet-4-5', 'claude-haiku-4-5'],
  },
];

export function findBuiltInProfile(profileId: string): BuiltInProfile | undefined {
  return builtInProfiles.find((profile) => profile.id === profileId);
}
