import type { ChatRequest } from './chat-schemas.ts';

/** The two wire formats a request can be shown in; every OpenAI-compatible server takes the first. */
export type TranslationTarget = 'openai-chat' | 'anthropic-messages';

export interface TranslatedRequest {
  /** The JSON body as the vendor's API takes it, fields in the order Promptwire's adapters send them. */
  body: Record<string, unknown>;
  /** What the user should know because it does not carry over one to one; empty when all does. */
  notes: string[];
}

/**
 * Anthropic requires max_tokens; the value its adapter (src/main/providers/anthropic-messages-request.ts)
 * sends when the user set none. Kept here because src/shared may not import src/main; a test holds
 * the two equal.
 */
export const anthropicFallbackMaxTokens = 4096;
const anthropicMaximumTemperature = 1;

/**
 * The body a request becomes in either format, equal to what Promptwire's adapter for that format
 * sends, except that a temperature Anthropic would reject with a 400 is clamped (and noted).
 */
export function translateRequest(request: ChatRequest, to: TranslationTarget): TranslatedRequest {
  return to === 'openai-chat' ? toOpenAiChat(request) : toAnthropicMessages(request);
}

function toOpenAiChat(request: ChatRequest): TranslatedRequest {
  const notes: string[] = [];
  const messages: Array<{ role: string; content: string }> = [];
  if (request.system) messages.push({ role: 'system', content: request.system });
  for (const message of request.messages) messages.push({ role: message.role, content: message.content });

  const body: Record<string, unknown> = { model: request.model, messages };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) {
    body.max_tokens = request.maxTokens;
    if (looksLikeOpenAiReasoningModel(request.model)) {
      notes.push(
        "OpenAI's reasoning models (o1, o3, o4-mini, gpt-5…) reject max_tokens: rename it to max_completion_tokens for them.",
      );
    }
  }
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop && request.stop.length > 0) body.stop = request.stop;
  body.stream = request.stream;
  // Promptwire asks for usage so it can count tokens and cost; without it a stream has none.
  if (request.stream) body.stream_options = { include_usage: true };

  if (/^claude/i.test(request.model)) {
    notes.push(
      'The model is an Anthropic model: an OpenAI-format endpoint needs one of its own models, unless it relays Claude under this name.',
    );
  }
  if (endsWithAssistantMessage(request)) {
    notes.push(
      'The last message is from the assistant: Anthropic continues that text (a prefill), while OpenAI-format servers answer after it with a new message.',
    );
  }
  return { body, notes };
}

function toAnthropicMessages(request: ChatRequest): TranslatedRequest {
  const notes: string[] = [];
  const body: Record<string, unknown> = { model: request.model };
  if (request.system) body.system = request.system;
  body.messages = request.messages.map((message) => ({ role: message.role, content: message.content }));
  if (request.maxTokens !== undefined) {
    body.max_tokens = request.maxTokens;
  } else {
    body.max_tokens = anthropicFallbackMaxTokens;
    notes.push(
      `Anthropic requires max_tokens and none was set: Promptwire's default of ${anthropicFallbackMaxTokens} is used.`,
    );
  }
  if (request.temperature !== undefined) {
    if (request.temperature > anthropicMaximumTemperature) {
      body.temperature = anthropicMaximumTemperature;
      notes.push(
        `Anthropic takes a temperature from 0 to 1: ${request.temperature} is sent as ${anthropicMaximumTemperature}.`,
      );
    } else {
      body.temperature = request.temperature;
    }
  }
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop && request.stop.length > 0) body.stop_sequences = request.stop;
  body.stream = request.stream;

  if (request.temperature !== undefined && request.topP !== undefined) {
    notes.push('Newer Claude models accept temperature or top_p, not both: keep the one that matters.');
  }
  request.messages.forEach((message, index) => {
    const isFinalAssistant = index === request.messages.length - 1 && message.role === 'assistant';
    if (message.content === '' && !isFinalAssistant) {
      notes.push(
        `Message ${index + 1} is empty: Anthropic rejects empty messages except a final assistant one.`,
      );
    }
  });
  if (/^(gpt-|chatgpt-|o\d)/i.test(request.model)) {
    notes.push(
      'The model is an OpenAI model: an Anthropic-format endpoint needs one of its own models, unless it relays this one.',
    );
  }
  if (endsWithAssistantMessage(request)) {
    notes.push(
      'The last message is from the assistant: Anthropic continues that text (a prefill) rather than answering it.',
    );
  }
  return { body, notes };
}

function looksLikeOpenAiReasoningModel(model: string): boolean {
  return /^(o\d|gpt-5)/i.test(model);
}

function endsWithAssistantMessage(request: ChatRequest): boolean {
  return request.messages.at(-1)?.role === 'assistant';
}
