import { sendJson } from './mock-http.ts';
import { looksLikeAnthropic, type Route } from './route-context.ts';
import { anthropicErrorBody, openAiErrorBody } from './vendor-error-bodies.ts';
import {
  anthropicHeaders,
  newAnthropicRequestId,
  newOpenAiRequestId,
  openAiHeaders,
} from './vendor-headers.ts';

const SERVED = 'This mock serves POST /v1/chat/completions, POST /v1/messages and GET /v1/models.';

/**
 * Any other path: a 404 in the caller's vendor shape that names the path, so a base URL with a
 * doubled or missing /v1 is obvious from the message alone.
 */
export const notFoundRoute: Route = async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://mock').pathname;
  const what = `${request.method ?? 'GET'} ${path}`;
  // The body is not needed, but it must be drained before answering a keep-alive connection.
  request.resume();

  if (looksLikeAnthropic(request) || path.endsWith('/messages')) {
    const requestId = newAnthropicRequestId();
    const message = `Not Found: ${what}. ${baseUrlHint(path, 'anthropic')}${SERVED}`;
    return sendJson(
      response,
      404,
      anthropicHeaders(requestId, 0),
      anthropicErrorBody('not_found_error', message, requestId),
    );
  }
  const message = `Invalid URL (${what}). ${baseUrlHint(path, 'openai')}${SERVED}`;
  return sendJson(
    response,
    404,
    openAiHeaders(newOpenAiRequestId(), 0),
    openAiErrorBody(message, 'invalid_request_error'),
    2,
  );
};

function baseUrlHint(path: string, vendor: 'openai' | 'anthropic'): string {
  if (path.includes('/v1/v1/')) {
    return vendor === 'anthropic'
      ? 'The path has /v1 twice: Anthropic-style base URLs leave out /v1. '
      : 'The path has /v1 twice: the base URL should end in /v1 exactly once. ';
  }
  if (!path.startsWith('/v1/')) {
    return vendor === 'anthropic'
      ? 'The path lacks /v1: Anthropic-style base URLs stop before it and the client adds it. '
      : 'The path lacks /v1: OpenAI-style base URLs end in /v1. ';
  }
  return '';
}
