import fc from 'fast-check';
import type { ChatRequest } from '../../shared/chat-schemas.ts';
import {
  buildAnthropicMessagesRequest,
  defaultAnthropicMaxTokens,
} from '../providers/anthropic-messages-request.ts';
import type { HttpRequestPlan } from '../providers/http-request-plan.ts';
import { buildOpenAiChatRequest } from '../providers/openai-chat-request.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import type { DraftFormat } from './curl-to-draft.ts';

// Test support: generated requests full of what breaks shell quoting, shared by the round-trip
// and the execution tests of the curl export and import.

/** Each is special to bash, cmd.exe, PowerShell or the Windows runtime's quoting. */
export const nastyPieces = [
  "'",
  '"',
  '`',
  '$',
  '!',
  '|',
  '\\',
  '\n',
  '\t',
  '%',
  '^',
  '&',
  '<',
  '>',
  '(',
  ')',
  '#',
  ' ',
  '中文',
  '😀',
  "'\\''",
  '$(id)',
  '%PATH%',
  '^"',
  '\\"',
  '\\\\"',
  '’',
  '‘',
  '\u2028',
];

const anyCharacter = fc.oneof(
  fc.constantFrom(...nastyPieces),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** Any text: nasty pieces, graphemes and any code point (control characters included). */
export const nastyText = fc.string({ unit: anyCharacter, maxLength: 12 });

/** What an HTTP header value may hold: no line breaks or NUL, no space at either end. */
export const headerValue = (ascii: boolean) =>
  fc
    .string({
      unit: ascii ? fc.constantFrom(...' \'"`$!|\\%^&<>()#*;,=aZ09-_'.split('')) : anyCharacter,
      minLength: 1,
      maxLength: 10,
    })
    .map((text) => text.replace(/[\r\n\0]/g, '').trim())
    .filter((text) => text !== '');

const keyAlphabet = 'abcXYZ019-_\'"`$!|\\%^&<>()#*'.split('');
export const apiKey = fc
  .string({ unit: fc.constantFrom(...keyAlphabet), minLength: 1, maxLength: 12 })
  .map((text) => `sk-${text}`);

/** JSON that reads back equal (fc.jsonValue may give -0, which JSON writes as 0). */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    nastyText,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(nastyText, tie('value'), { maxKeys: 3 }),
  ),
})).value;

const fraction = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((value) => value / 100);

export const chatRequest: fc.Arbitrary<ChatRequest> = fc.record(
  {
    model: fc.oneof(
      fc.constantFrom('gpt-4o-mini', 'claude-sonnet-4-5'),
      nastyText.filter((text) => text.trim() !== ''),
    ),
    system: nastyText,
    messages: fc.array(
      fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), content: nastyText }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    temperature: fraction(2),
    maxTokens: fc.integer({ min: 1, max: 200_000 }),
    topP: fraction(1),
    stop: fc.array(
      nastyText.filter((text) => text !== ''),
      { minLength: 1, maxLength: 4 },
    ),
    stream: fc.boolean(),
    extra: fc.dictionary(
      fc.constantFrom('seed', 'response_format', 'top_k', 'metadata', 'tools'),
      jsonValue,
      {
        minKeys: 1,
        maxKeys: 3,
      },
    ),
  },
  { requiredKeys: ['model', 'messages', 'stream'] },
);

/** Base URLs as the SDKs take them, the Azure-style query string included. */
const baseUrls: Record<DraftFormat, string[]> = {
  'openai-chat': [
    'https://api.openai.com/v1',
    'https://example-resource.openai.azure.com/openai/deployments/gpt-4o?api-version=2024-10-21',
    'http://127.0.0.1:11434/v1',
    'https://dashscope.aliyuncs.com/compatible-mode/v1',
  ],
  'anthropic-messages': ['https://api.anthropic.com', 'https://relay.example.com/anthropic'],
};

export const target = (ascii: boolean): fc.Arbitrary<ProviderTarget & { format: DraftFormat }> =>
  fc.constantFrom<DraftFormat>('openai-chat', 'anthropic-messages').chain((format) =>
    fc.record(
      {
        format: fc.constant(format),
        baseUrl: fc.constantFrom(...baseUrls[format]),
        apiKey,
        headers: fc.dictionary(
          fc.constantFrom('x-relay-project', 'x-title', 'http-referer'),
          headerValue(ascii),
          {
            minKeys: 1,
          },
        ),
      },
      { requiredKeys: ['format', 'baseUrl'] },
    ),
  );

export function buildPlan(provider: ProviderTarget, request: ChatRequest): HttpRequestPlan {
  return provider.format === 'anthropic-messages'
    ? buildAnthropicMessagesRequest(provider, request)
    : buildOpenAiChatRequest(provider, request);
}

/**
 * The request as it comes back from the wire: what the adapter leaves out or fills in. Its extra
 * body fields come back as the draft's extraParameters, not in the request.
 */
export function requestAsSent(request: ChatRequest, format: DraftFormat): ChatRequest {
  const expected: ChatRequest = { model: request.model, messages: request.messages, stream: request.stream };
  if (request.system) expected.system = request.system;
  if (request.temperature !== undefined) expected.temperature = request.temperature;
  const maxTokens =
    format === 'anthropic-messages' ? (request.maxTokens ?? defaultAnthropicMaxTokens) : request.maxTokens;
  if (maxTokens !== undefined) expected.maxTokens = maxTokens;
  if (request.topP !== undefined) expected.topP = request.topP;
  if (request.stop && request.stop.length > 0) expected.stop = request.stop;
  return expected;
}
