import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { MOCK_MODELS } from '../mock/mock-behaviours.ts';

/** Whether a request without a key makes sense: local servers take none, vendors refuse it. */
export type KeyRequirement = 'required' | 'optional' | 'not-needed';

/** A starting point for a profile, with what only the main process needs besides the public Preset. */
export interface PresetDefinition {
  id: string;
  name: string;
  format: ProviderFormat;
  /** As the vendor's own SDK takes it: OpenAI-style with the version path, Anthropic-style without. */
  baseUrl: string;
  /** Set for the Local mock: requests go to the in-process mock server, under this path. */
  inProcessMockPath?: '/v1' | '';
  /** Shown in the hint of an invalid base URL, in the shape this preset's SDK expects. */
  baseUrlExample: string;
  key: KeyRequirement;
  /** The variable the vendor's SDK reads the key from. */
  keyEnvironmentVariable?: string;
  defaultModel: string;
  /** A few current names; the window offers them, and models.fetch asks the endpoint for the rest. */
  models: string[];
  documentationUrl?: string;
}

/** What the Local mock shows as its base URL before the first send starts its server. */
export const inProcessMockLabel = 'in-process mock (starts on first send)';

const mockModelNames = MOCK_MODELS.map((model) => model.name);

// Each base URL was checked against the vendor's documentation (November 2026); the page is the
// documentationUrl, and a comment says so where only a third party's page could be found.
export const presetTable: readonly PresetDefinition[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    format: 'openai-chat',
    baseUrl: 'https://api.openai.com/v1',
    baseUrlExample: 'https://api.openai.com/v1',
    key: 'required',
    keyEnvironmentVariable: 'OPENAI_API_KEY',
    defaultModel: 'gpt-4o-mini',
    models: ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'o4-mini', 'gpt-5', 'gpt-5-mini'],
    documentationUrl: 'https://platform.openai.com/docs/api-reference',
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    format: 'anthropic-messages',
    // Without /v1: the SDK and the adapter append /v1/messages.
    baseUrl: 'https://api.anthropic.com',
    baseUrlExample: 'https://api.anthropic.com',
    key: 'required',
    keyEnvironmentVariable: 'ANTHROPIC_API_KEY',
    defaultModel: 'claude-sonnet-4-5',
    models: ['claude-sonnet-4-5', 'claude-opus-4-1', 'claude-haiku-4-5'],
    documentationUrl: 'https://docs.anthropic.com/en/api/getting-started',
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    format: 'openai-compatible',
    // api-docs.deepseek.com gives https://api.deepseek.com and says /v1 works too ("v1 has nothing
    // to do with the model version"). /v1 keeps the OpenAI shape the 404 diagnosis expects.
    baseUrl: 'https://api.deepseek.com/v1',
    baseUrlExample: 'https://api.deepseek.com/v1',
    key: 'required',
    keyEnvironmentVariable: 'DEEPSEEK_API_KEY',
    // The docs retire deepseek-chat and deepseek-reasoner on 2026-07-24 in favour of these.
    defaultModel: 'deepseek-v4-flash',
    models: ['deepseek-v4-flash', 'deepseek-v4-pro'],
    documentationUrl: 'https://api-docs.deepseek.com/',
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    format: 'openai-compatible',
    // Gemini's OpenAI compatibility layer, not the native API: chat/completions and models live here.
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
    baseUrlExample: 'https://generativelanguage.googleapis.com/v1beta/openai',
    key: 'required',
    keyEnvironmentVariable: 'GEMINI_API_KEY',
    defaultModel: 'gemini-2.5-flash',
    models: ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.5-flash-lite'],
    documentationUrl: 'https://ai.google.dev/gemini-api/docs/openai',
  },
  {
    id: 'qwen',
    name: 'Qwen (DashScope)',
    format: 'openai-compatible',
    // Beijing region; accounts outside mainland China use
    // https://dashscope-intl.aliyuncs.com/compatible-mode/v1 (Singapore) with a key from that region.
    baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    baseUrlExample: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    key: 'required',
    keyEnvironmentVariable: 'DASHSCOPE_API_KEY',
    defaultModel: 'qwen-plus',
    models: ['qwen-plus', 'qwen-flash', 'qwen3-max', 'qwen-turbo'],
    documentationUrl: 'https://help.aliyun.com/zh/model-studio/compatibility-of-openai-with-dashscope',
  },
  {
    id: 'moonshot',
    name: 'Moonshot Kimi',
    format: 'openai-compatible',
    // The China platform; the global one is https://api.moonshot.ai/v1 with its own keys.
    baseUrl: 'https://api.moonshot.cn/v1',
    baseUrlExample: 'https://api.moonshot.cn/v1',
    key: 'required',
    keyEnvironmentVariable: 'MOONSHOT_API_KEY',
    defaultModel: 'kimi-k2.6',
    models: ['kimi-k2.6', 'kimi-k2.5', 'moonshot-v1-8k', 'moonshot-v1-32k', 'moonshot-v1-128k'],
    documentationUrl: 'https://platform.kimi.com/docs/api/overview',
  },
  {
    id: 'zhipu',
    name: 'Zhipu GLM',
    format: 'openai-compatible',
    // Not confirmed on bigmodel.cn itself (its "OpenAI SDK 兼容" page did not come up in search);
    // this is the base URL the zhipu-ai-provider docs give as the platform default. The
    // international Z.AI platform uses https://api.z.ai/api/paas/v4.
    baseUrl: 'https://open.bigmodel.cn/api/paas/v4',
    baseUrlExample: 'https://open.bigmodel.cn/api/paas/v4',
    key: 'required',
    // The variable the official zhipuai SDK reads.
    keyEnvironmentVariable: 'ZHIPUAI_API_KEY',
    defaultModel: 'glm-4.6',
    models: ['glm-4.6', 'glm-4.5-air', 'glm-4.5-flash'],
    documentationUrl: 'https://docs.bigmodel.cn/',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    format: 'openai-compatible',
    baseUrl: 'https://openrouter.ai/api/v1',
    baseUrlExample: 'https://openrouter.ai/api/v1',
    key: 'required',
    keyEnvironmentVariable: 'OPENROUTER_API_KEY',
    defaultModel: 'openai/gpt-4o-mini',
    models: [
      'openai/gpt-4o-mini',
      'anthropic/claude-sonnet-4.5',
      'google/gemini-2.5-flash',
      'deepseek/deepseek-chat',
    ],
    documentationUrl: 'https://openrouter.ai/docs/quickstart',
  },
  {
    id: 'groq',
    name: 'Groq',
    format: 'openai-compatible',
    baseUrl: 'https://api.groq.com/openai/v1',
    baseUrlExample: 'https://api.groq.com/openai/v1',
    key: 'required',
    keyEnvironmentVariable: 'GROQ_API_KEY',
    defaultModel: 'llama-3.3-70b-versatile',
    models: ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant', 'openai/gpt-oss-120b', 'openai/gpt-oss-20b'],
    documentationUrl: 'https://console.groq.com/docs/openai',
  },
  {
    id: 'together',
    name: 'Together AI',
    format: 'openai-compatible',
    // docs.together.ai now documents api.together.ai; the older api.together.xyz still appears in
    // SDKs and tutorials, and a user may paste either.
    baseUrl: 'https://api.together.ai/v1',
    baseUrlExample: 'https://api.together.ai/v1',
    key: 'required',
    keyEnvironmentVariable: 'TOGETHER_API_KEY',
    defaultModel: 'openai/gpt-oss-20b',
    models: ['openai/gpt-oss-20b', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', 'deepseek-ai/DeepSeek-V3'],
    documentationUrl: 'https://docs.together.ai/docs/inference/openai-compatibility',
  },
  {
    id: 'mistral',
    name: 'Mistral',
    format: 'openai-compatible',
    // The server of the OpenAPI specification on docs.mistral.ai/api.
    baseUrl: 'https://api.mistral.ai/v1',
    baseUrlExample: 'https://api.mistral.ai/v1',
    key: 'required',
    keyEnvironmentVariable: 'MISTRAL_API_KEY',
    defaultModel: 'mistral-small-latest',
    models: ['mistral-small-latest', 'mistral-medium-latest', 'mistral-large-latest', 'codestral-latest'],
    documentationUrl: 'https://docs.mistral.ai/api/',
  },
  {
    id: 'ollama',
    name: 'Ollama (local)',
    format: 'openai-compatible',
    // The docs say localhost; 127.0.0.1 because Node resolves localhost to ::1 first, where Ollama
    // does not listen by default.
    baseUrl: 'http://127.0.0.1:11434/v1',
    baseUrlExample: 'http://127.0.0.1:11434/v1',
    // Ignores keys, but one behind a reverse proxy may want one.
    key: 'optional',
    defaultModel: 'llama3.2',
    models: ['llama3.2', 'qwen2.5', 'gpt-oss:20b', 'deepseek-r1'],
    documentationUrl: 'https://docs.ollama.com/api/openai-compatibility',
  },
  {
    id: 'lm-studio',
    name: 'LM Studio (local)',
    format: 'openai-compatible',
    // 127.0.0.1 rather than the docs' localhost, as for Ollama.
    baseUrl: 'http://127.0.0.1:1234/v1',
    baseUrlExample: 'http://127.0.0.1:1234/v1',
    // Only when "Require Authentication" is on in LM Studio's server settings.
    key: 'optional',
    // Whatever model is loaded; Fetch models lists them.
    defaultModel: 'qwen2.5-7b-instruct',
    models: ['qwen2.5-7b-instruct', 'openai/gpt-oss-20b'],
    documentationUrl: 'https://lmstudio.ai/docs/api/openai-api',
  },
  {
    id: 'mock',
    name: 'Local mock (OpenAI format)',
    format: 'openai-chat',
    baseUrl: '',
    inProcessMockPath: '/v1',
    baseUrlExample: 'http://127.0.0.1:8787/v1',
    key: 'not-needed',
    // mock-default streams slowly enough to watch the tokens arrive; mock-fast suits scripts.
    defaultModel: 'mock-default',
    models: [...mockModelNames, 'gpt-4o', 'gpt-4o-mini'],
  },
  {
    id: 'mock-anthropic',
    name: 'Local mock (Anthropic format)',
    format: 'anthropic-messages',
    baseUrl: '',
    inProcessMockPath: '',
    baseUrlExample: 'http://127.0.0.1:8787',
    key: 'not-needed',
    defaultModel: 'mock-default',
    models: [...mockModelNames, 'claude-sonnet-4-5', 'claude-haiku-4-5'],
  },
  {
    id: 'custom',
    name: 'OpenAI-compatible relay',
    format: 'openai-compatible',
    // Left for the user: relays and self-hosted servers each have their own address.
    baseUrl: '',
    baseUrlExample: 'https://relay.example.com/v1',
    key: 'optional',
    defaultModel: 'gpt-4o-mini',
    models: ['gpt-4o-mini', 'deepseek-chat', 'qwen-plus', 'claude-sonnet-4-5'],
  },
];
