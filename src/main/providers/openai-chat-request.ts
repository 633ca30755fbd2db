import type { ChatRequest } from '../../shared/chat-schemas.ts';
import {
  type HttpRequestPlan,
  joinEndpointUrl,
  withExtraFields,
  withProfileHeaders,
} from './http-request-plan.ts';
import type { ProviderTarget } from './provider-target.ts';

/** Chat Completions request, for OpenAI itself and every server that speaks its format. */
export function buildOpenAiChatRequest(target: ProviderTarget, request: ChatRequest): HttpRequestPlan {
  const messages: Array<{ role: string; content: string }> = [];
  if (request.system) messages.push({ role: 'system', content: request.system });
  for (const message of request.messages) messages.push({ role: message.role, content: message.content });

  const body: Record<string, unknown> = { model: request.model, messages };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  // max_tokens rather than max_completion_tokens: every compatible server accepts it; OpenAI's
  // reasoning models reject it with a 400 that names the parameter.
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop && request.stop.length > 0) body.stop = request.stop;
  body.stream = request.stream;
  if (request.stream) body.stream_options = { include_usage: true };

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: request.stream ? 'text/event-stream' : 'application/json',
  };
  // Local servers such as Ollama need no key; an empty Bearer would only confuse them.
  if (target.apiKey) headers.authorization = `Bearer ${target.apiKey}`;

  return {
    method: 'POST',
    url: joinEndpointUrl(target.baseUrl, '/chat/completions'),
    headers: withProfileHeaders(headers, target.headers),
    body: JSON.stringify(withExtraFields(body, request.extra)),
  };
}
