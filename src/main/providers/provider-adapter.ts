import type { ChatRequest, ProviderFormat } from '../../shared/chat-schemas.ts';
import { buildAnthropicMessagesRequest } from './anthropic-messages-request.ts';
import { decodeAnthropicMessagesResponse } from './anthropic-messages-response.ts';
import { createAnthropicMessagesStreamHandler } from './anthropic-messages-stream.ts';
import type { HttpRequestPlan } from './http-request-plan.ts';
import { buildOpenAiChatRequest } from './openai-chat-request.ts';
import { decodeOpenAiChatResponse } from './openai-chat-response.ts';
import { createOpenAiChatStreamHandler } from './openai-chat-stream.ts';
import type { ProviderTarget } from './provider-target.ts';
import type { SseEventHandler, StreamContext } from './stream-context.ts';

/** One wire format. Stateless: everything per call arrives as arguments. */
export interface ProviderAdapter {
  /** Example base URL for this format, shown when the user's one is not a URL. */
  exampleBaseUrl: string;
  buildRequest(target: ProviderTarget, request: ChatRequest): HttpRequestPlan;
  /** A fresh handler for one SSE response (its state lives only as long as that response). */
  createStreamHandler(context: StreamContext): SseEventHandler;
  /** A whole JSON answer, reported as the same events a stream would produce. */
  decodeResponse(body: unknown, context: StreamContext): void;
}

const openAiChat: ProviderAdapter = {
  exampleBaseUrl: 'https://api.openai.com/v1',
  buildRequest: buildOpenAiChatRequest,
  createStreamHandler: createOpenAiChatStreamHandler,
  decodeResponse: decodeOpenAiChatResponse,
};

const openAiCompatible: ProviderAdapter = { ...openAiChat, exampleBaseUrl: 'http://localhost:11434/v1' };

const anthropicMessages: ProviderAdapter = {
  exampleBaseUrl: 'https://api.anthropic.com',
  buildRequest: buildAnthropicMessagesRequest,
  createStreamHandler: createAnthropicMessagesStreamHandler,
  decodeResponse: decodeAnthropicMessagesResponse,
};

export function adapterForFormat(format: ProviderFormat): ProviderAdapter {
  switch (format) {
    case 'openai-chat':
      return openAiChat;
    case 'openai-compatible':
      return openAiCompatible;
    case 'anthropic-messages':
      return anthropicMessages;
  }
}
