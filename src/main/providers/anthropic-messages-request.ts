import type { ChatRequest } from '../../shared/chat-schemas.ts';
import {
  type HttpRequestPlan,
  joinEndpointUrl,
  withExtraFields,
  withProfileHeaders,
} from './http-request-plan.ts';
import type { ProviderTarget } from './provider-target.ts';

/** Anthropic requires max_tokens; this is what the request uses when the user set none. */
export const defaultAnthropicMaxTokens = 4096;
export const anthropicVersion = '2023-06-01';

export function buildAnthropicMessagesRequest(target: ProviderTarget, request: ChatRequest): HttpRequestPlan {
  const body: Record<string, unknown> = { model: request.model };
  if (request.system) body.system = request.system;
  body.messages = request.messages.map((message) => ({ role: message.role, content: message.content }));
  body.max_tokens = request.maxTokens ?? defaultAnthropicMaxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop && request.stop.length > 0) body.stop_sequences = request.stop;
  body.stream = request.stream;

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: request.stream ? 'text/event-stream' : 'application/json',
    'anthropic-version': anthropicVersion,
  };
  if (target.apiKey) headers['x-api-key'] = target.apiKey;

  return {
    method: 'POST',
    url: joinEndpointUrl(target.baseUrl, '/v1/messages'),
    headers: withProfileHeaders(headers, target.headers),
    body: JSON.stringify(withExtraFields(body, request.extra)),
  };
}
