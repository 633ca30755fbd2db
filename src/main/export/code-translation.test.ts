import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChatRequest, chatRequestSchema } from '../../shared/chat-schemas.ts';
import { anthropicFallbackMaxTokens, translateRequest } from '../../shared/format-translation.ts';
import {
  buildAnthropicMessagesRequest,
  defaultAnthropicMaxTokens,
} from '../providers/anthropic-messages-request.ts';
import { buildOpenAiChatRequest } from '../providers/openai-chat-request.ts';

// The SDK code generators write translateRequest's body as their parameters, and the "view as the
// other format" panel shows it; both promise it is what Promptwire's adapters send. This holds
// them to it, byte for byte (key order included), for any valid request.

const text = fc.string({ unit: 'binary', maxLength: 12 });
const chatRequest: fc.Arbitrary<ChatRequest> = fc
  .record(
    {
      model: fc
        .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
        .filter((model) => model.trim() !== ''),
      system: text,
      messages: fc.array(
        fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), content: text }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      temperature: fc.double({ min: 0, max: 2, noNaN: true }),
      maxTokens: fc.integer({ min: 1, max: 200_000 }),
      topP: fc.double({ min: 0, max: 1, noNaN: true }),
      stop: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 4 }),
      stream: fc.boolean(),
    },
    { requiredKeys: ['model', 'messages', 'stream'] },
  )
  .map((request) => chatRequestSchema.parse(request));

const target = { baseUrl: 'https://example.test/v1', apiKey: 'sk-test' };

describe('translateRequest matches the adapters', () => {
  it('to openai-chat: exactly the body the OpenAI adapter sends', () => {
    fc.assert(
      fc.property(chatRequest, (request) => {
        const sent = buildOpenAiChatRequest({ format: 'openai-chat', ...target }, request).body;
        expect(JSON.stringify(translateRequest(request, 'openai-chat').body)).toBe(sent);
      }),
      { numRuns: 500 },
    );
  });

  it('to anthropic-messages: exactly the body the Anthropic adapter sends, but a temperature above 1 clamped', () => {
    fc.assert(
      fc.property(chatRequest, (request) => {
        const sent = JSON.parse(
          buildAnthropicMessagesRequest({ format: 'anthropic-messages', ...target }, request).body,
        ) as Record<string, unknown>;
        if (request.temperature !== undefined && request.temperature > 1) sent.temperature = 1;
        expect(JSON.stringify(translateRequest(request, 'anthropic-messages').body)).toBe(
          JSON.stringify(sent),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("uses the Anthropic adapter's default max_tokens", () => {
    expect(anthropicFallbackMaxTokens).toBe(defaultAnthropicMaxTokens);
  });
});
