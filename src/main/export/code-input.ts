import type { ChatRequest, ProviderFormat } from '../../shared/chat-schemas.ts';
import type { TranslationTarget } from '../../shared/format-translation.ts';

/** Everything the code generators (Python, TypeScript, fetch) need to write one request as code. */
export interface CodeInput {
  format: ProviderFormat;
  /** As the official SDKs take it: OpenAI-style with /v1, Anthropic-style without. */
  baseUrl: string;
  request: ChatRequest;
  /** The profile's extra headers, written as given: the caller masks values that are secrets. */
  headers: Record<string, string>;
  /** The variable the code reads the key from (OPENAI_API_KEY, ANTHROPIC_API_KEY, a relay's own). */
  keyEnvironmentVariable: string;
  /** Only when the user explicitly chose to put the real key in the code. */
  apiKey?: string;
  proxyUrl?: string;
  /** True when baseUrl is the vendor's default, so SDK code can leave it out. */
  defaultBaseUrl: boolean;
}

/** Which SDK and wire format a profile format uses: compatible servers take OpenAI's. */
export function wireFormatOf(format: ProviderFormat): TranslationTarget {
  return format === 'anthropic-messages' ? 'anthropic-messages' : 'openai-chat';
}

/** The variable each official SDK reads by itself when given no key. */
export const sdkKeyVariables: Record<TranslationTarget, string> = {
  'openai-chat': 'OPENAI_API_KEY',
  'anthropic-messages': 'ANTHROPIC_API_KEY',
};

/** Only set when the code must name the key: it is written in, or in a variable the SDK does not read. */
export function explicitKeySource(
  input: CodeInput,
): { kind: 'literal'; key: string } | { kind: 'environment'; variable: string } | undefined {
  if (input.apiKey !== undefined) return { kind: 'literal', key: input.apiKey };
  if (input.keyEnvironmentVariable !== sdkKeyVariables[wireFormatOf(input.format)]) {
    return { kind: 'environment', variable: input.keyEnvironmentVariable };
  }
  return undefined;
}

export const secretWarning =
  'Warning: this file contains your API key. Keep it private: do not commit, share or paste it anywhere.';
