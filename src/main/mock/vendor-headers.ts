import { randomBytes, randomInt } from 'node:crypto';

export type HeaderMap = Record<string, string>;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += BASE62[randomInt(BASE62.length)];
  return text;
}

// Identifiers look like the vendors' so that anything parsing or displaying them is exercised.
export function newOpenAiRequestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}

export function newChatCompletionId(): string {
  return `chatcmpl-${base62(29)}`;
}

export function newAnthropicRequestId(): string {
  return `req_011C${base62(20)}`;
}

export function newAnthropicMessageId(): string {
  return `msg_01${base62(22)}`;
}

const OPENAI_REQUEST_LIMIT = 5000;
const OPENAI_TOKEN_LIMIT = 800_000;

/** As in fixtures/wire/openai_headers_ratelimit.http; `limited` reports an exhausted budget. */
export function openAiHeaders(requestId: string, promptTokens: number, limited = false): HeaderMap {
  return {
    'x-request-id': requestId,
    'access-control-expose-headers': 'X-Request-ID',
    'openai-organization': 'org-promptwiremock',
    'openai-processing-ms': '1',
    'openai-version': '2020-10-01',
    'x-ratelimit-limit-requests': String(OPENAI_REQUEST_LIMIT),
    'x-ratelimit-limit-tokens': String(OPENAI_TOKEN_LIMIT),
    'x-ratelimit-remaining-requests': limited ? '0' : String(OPENAI_REQUEST_LIMIT - 1),
    'x-ratelimit-remaining-tokens': String(Math.max(0, OPENAI_TOKEN_LIMIT - promptTokens)),
    'x-ratelimit-reset-requests': limited ? '1s' : '12ms',
    'x-ratelimit-reset-tokens': '1ms',
  };
}

const ANTHROPIC_LIMITS = { requests: 1000, 'input-tokens': 80_000, 'output-tokens': 16_000, tokens: 96_000 };

/** As in fixtures/wire/anthropic_headers_ratelimit.http: resets are RFC 3339 without fractions. */
export function anthropicHeaders(requestId: string, inputTokens: number, limited = false): HeaderMap {
  const reset = new Date(Math.ceil(Date.now() / 1000) * 1000 + (limited ? 1000 : 0))
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const used: Record<keyof typeof ANTHROPIC_LIMITS, number> = {
    requests: 1,
    'input-tokens': inputTokens,
    'output-tokens': 0,
    tokens: inputTokens,
  };
  const headers: HeaderMap = {};
  for (const [name, limit] of Object.entries(ANTHROPIC_LIMITS) as [keyof typeof ANTHROPIC_LIMITS, number][]) {
    headers[`anthropic-ratelimit-${name}-limit`] = String(limit);
    headers[`anthropic-ratelimit-${name}-remaining`] =
      limited && name === 'requests' ? '0' : String(Math.max(0, limit - used[name]));
    headers[`anthropic-ratelimit-${name}-reset`] = reset;
  }
  headers['request-id'] = requestId;
  headers['anthropic-organization-id'] = '00000000-0000-4000-8000-000000000000';
  return headers;
}

/** Both SDKs read retry-after-ms before retry-after. */
export function retryAfterHeaders(seconds: number): HeaderMap {
  return { 'retry-after': String(seconds), 'retry-after-ms': String(seconds * 1000) };
}
