import type { VendorErrorKind } from './mock-behaviours.ts';

// The shapes below follow fixtures/wire/*_error_*.json (vendor-error-bodies.test.ts compares them);
// they are embedded because the mock also runs inside the packaged app, where fixtures are absent.

export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface AnthropicErrorBody {
  type: 'error';
  error: { type: string; message: string };
  request_id?: string;
}

export interface VendorError<Body> {
  status: number;
  body: Body;
}

export interface ErrorContext {
  model: string;
  requestId: string;
}

export function openAiErrorBody(
  message: string,
  type: string,
  param: string | null = null,
  code: string | null = null,
): OpenAiErrorBody {
  return { error: { message, type, param, code } };
}

export function anthropicErrorBody(type: string, message: string, requestId?: string): AnthropicErrorBody {
  const body: AnthropicErrorBody = { type: 'error', error: { type, message } };
  if (requestId !== undefined) body.request_id = requestId;
  return body;
}

export function openAiError(kind: VendorErrorKind, context: ErrorContext): VendorError<OpenAiErrorBody> {
  switch (kind) {
    case 'bad-request':
      return {
        status: 400,
        body: openAiErrorBody(
          "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          'invalid_request_error',
          'max_tokens',
          'unsupported_parameter',
        ),
      };
    case 'authentication':
      return {
        status: 401,
        body: openAiErrorBody(
          'Incorrect API key provided: sk-mock-****fake. You can find your API key at https://platform.openai.com/account/api-keys.',
          'invalid_request_error',
          null,
          'invalid_api_key',
        ),
      };
    case 'permission':
      return {
        status: 403,
        body: openAiErrorBody(
          'Country, region, or territory not supported',
          'request_forbidden',
          null,
          'unsupported_country_region_territory',
        ),
      };
    case 'not-found':
      return {
        status: 404,
        body: openAiErrorBody(
          `The model \`${context.model}\` does not exist or you do not have access to it.`,
          'invalid_request_error',
          null,
          'model_not_found',
        ),
      };
    case 'rate-limit':
      return {
        status: 429,
        body: openAiErrorBody(
          `Rate limit reached for ${context.model} in organization org-promptwiremock on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 1s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
          'requests',
          null,
          'rate_limit_exceeded',
        ),
      };
    case 'quota':
      return {
        status: 429,
        body: openAiErrorBody(
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
          'insufficient_quota',
          null,
          'insufficient_quota',
        ),
      };
    case 'server':
      return {
        status: 500,
        body: openAiErrorBody(
          `The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error. (Please include the request ID ${context.requestId} in your email.)`,
          'server_error',
        ),
      };
    case 'overloaded':
      return {
        status: 503,
        body: openAiErrorBody(
          `That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists. (Please include the request ID ${context.requestId} in your message.)`,
          'server_error',
        ),
      };
  }
}

export function anthropicError(
  kind: VendorErrorKind,
  context: ErrorContext,
): VendorError<AnthropicErrorBody> {
  const id = context.requestId;
  switch (kind) {
    case 'bad-request':
      return {
        status: 400,
        body: anthropicErrorBody(
          'invalid_request_error',
          'messages: text content blocks must be non-empty',
          id,
        ),
      };
    case 'authentication':
      return { status: 401, body: anthropicErrorBody('authentication_error', 'invalid x-api-key', id) };
    case 'permission':
      return {
        status: 403,
        body: anthropicErrorBody(
          'permission_error',
          'Your API key does not have permission to use the specified resource.',
          id,
        ),
      };
    case 'not-found':
      return { status: 404, body: anthropicErrorBody('not_found_error', `model: ${context.model}`, id) };
    case 'rate-limit':
      return {
        status: 429,
        body: anthropicErrorBody(
          'rate_limit_error',
          "This request would exceed your account's rate limit. Please try again later.",
          id,
        ),
      };
    case 'quota':
      // Anthropic reports an empty prepaid balance as a 400, which clients rightly do not retry.
      return {
        status: 400,
        body: anthropicErrorBody(
          'invalid_request_error',
          'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
          id,
        ),
      };
    case 'server':
      return { status: 500, body: anthropicErrorBody('api_error', 'Internal server error', id) };
    case 'overloaded':
      return { status: 529, body: anthropicErrorBody('overloaded_error', 'Overloaded', id) };
  }
}

/** As in fixtures/wire/openai_chat_stream_error_chunk.sse: sent as a `data:` line after a 200. */
export const OPENAI_STREAM_ERROR: OpenAiErrorBody = openAiErrorBody(
  'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.',
  'server_error',
);

/** As in fixtures/wire/anthropic_stream_error_overloaded.sse: an `event: error` after a 200. */
export const ANTHROPIC_STREAM_ERROR: AnthropicErrorBody = anthropicErrorBody(
  'overloaded_error',
  'Overloaded',
);
