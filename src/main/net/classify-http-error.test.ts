import { describe, expect, it } from 'vitest';
import { readFixture } from '../providers/wire-fixtures.ts';
import { classifyHttpError, classifyHttpFailure } from './classify-http-error.ts';

function classify(status: number, fixture: string, headers: Record<string, string> = {}) {
  return classifyHttpError({
    status,
    body: readFixture(`wire/${fixture}`),
    headers,
    host: 'api.example.test',
  });
}

describe('classifyHttpError with real vendor bodies', () => {
  it('names the rejected parameter of an OpenAI 400', () => {
    const error = classify(400, 'openai_error_400_unsupported_parameter.json');
    expect(error).toMatchObject({
      code: 'http-error',
      status: 400,
      hintKey: 'status-400',
      vendorType: 'invalid_request_error',
      vendorMessage:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    });
    expect(error.message).toBe(
      "api.example.test answered 400: Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    );
    expect(error.hint).toBe('The vendor rejected a parameter: max_tokens. Change it and send again.');
  });

  it('explains an OpenAI 401', () => {
    const error = classify(401, 'openai_error_401_invalid_api_key.json');
    expect(error.hintKey).toBe('status-401');
    expect(error.vendorMessage).toMatch(/^Incorrect API key provided: sk-proj-\*+21sA\./);
    expect(error.message).toMatch(/^api\.example\.test answered 401: Incorrect API key provided/);
    expect(error.hint).toMatch(/The API key was rejected/);
  });

  it('tells quota apart from a rate limit: quota carries no wait', () => {
    const quota = classify(429, 'openai_error_429_insufficient_quota.json', { 'retry-after': '20' });
    expect(quota).toMatchObject({ hintKey: 'status-429-quota', vendorType: 'insufficient_quota' });
    expect(quota.retryAfterMs).toBeUndefined();
    expect(quota.hint).toMatch(/waiting will not help/);

    const rate = classify(429, 'openai_error_429_rate_limit_exceeded.json', { 'retry-after-ms': '6' });
    expect(rate).toMatchObject({ hintKey: 'status-429-rate', vendorType: 'tokens', retryAfterMs: 6 });
    expect(rate.hint).toBe('Rate limited. Wait 1 second and send again.');
  });

  it('classifies an OpenAI 500 as a server error', () => {
    const error = classify(500, 'openai_error_500_server_error.json');
    expect(error).toMatchObject({ hintKey: 'status-5xx', vendorType: 'server_error' });
    expect(error.vendorMessage).toMatch(/^The server had an error processing your request/);
  });

  it('reads the Anthropic error shape', () => {
    const invalid = classify(400, 'anthropic_error_400_invalid_request.json');
    expect(invalid).toMatchObject({ hintKey: 'status-400', vendorType: 'invalid_request_error' });
    expect(invalid.vendorMessage).toMatch(/^messages\.2\.content\.0: unexpected `tool_use_id`/);
    expect(invalid.hint).toBe('The vendor rejected a parameter. Change it and send again.');

    const auth = classify(401, 'anthropic_error_401_authentication.json');
    expect(auth).toMatchObject({
      hintKey: 'status-401',
      vendorType: 'authentication_error',
      vendorMessage: 'invalid x-api-key',
    });
    expect(auth.message).toBe('api.example.test answered 401: invalid x-api-key');

    const rate = classify(429, 'anthropic_error_429_rate_limit.json', { 'retry-after': '42' });
    expect(rate).toMatchObject({
      hintKey: 'status-429-rate',
      vendorType: 'rate_limit_error',
      retryAfterMs: 42_000,
    });
    expect(rate.hint).toBe('Rate limited. Wait 42 seconds and send again.');

    expect(classify(500, 'anthropic_error_500_api_error.json')).toMatchObject({
      hintKey: 'status-5xx',
      vendorType: 'api_error',
      vendorMessage: 'Internal server error',
    });
  });

  it('recognises Anthropic overload (529) and its variants', () => {
    const overloaded = classify(529, 'anthropic_error_overloaded.json');
    expect(overloaded).toMatchObject({ status: 529, hintKey: 'status-529', vendorType: 'overloaded_error' });
    expect(overloaded.hint).toMatch(/overloaded/);
    expect(classify(503, 'anthropic_error_overloaded.json').hintKey).toBe('status-529');
  });
});

describe('classifyHttpError with other bodies', () => {
  it('summarizes an HTML page from a proxy to its readable text', () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
      <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center>${'<p>padding</p>'.repeat(60)}</body></html>`;
    const error = classifyHttpError({ status: 502, body: page, headers: {}, host: 'relay.example.com' });
    expect(error.hintKey).toBe('status-5xx');
    expect(error.vendorType).toBeUndefined();
    expect(error.vendorMessage?.startsWith('502 Bad Gateway 502 Bad Gateway nginx/1.25.3 padding')).toBe(
      true,
    );
    expect(error.vendorMessage).not.toContain('<');
    expect(error.vendorMessage?.length).toBeLessThanOrEqual(201);
    expect(error.message).toMatch(/^relay\.example\.com answered 502: 502 Bad Gateway/);
  });

  it('reads the loose shapes of relays and local servers', () => {
    const ollama = classifyHttpError({
      status: 404,
      body: '{"error":"model \\"llama9\\" not found, try pulling it first"}',
      headers: {},
      host: 'localhost:11434',
    });
    expect(ollama).toMatchObject({
      hintKey: 'status-404',
      vendorMessage: 'model "llama9" not found, try pulling it first',
    });
  });

  it('leaves the suffix empty when the body is empty', () => {
    const error = classifyHttpError({ status: 403, body: '', headers: {}, host: 'api.example.test' });
    expect(error.message).toBe('api.example.test answered 403');
    expect(error.hintKey).toBe('status-403');
    expect(error.vendorMessage).toBeUndefined();
  });

  it('maps the remaining statuses', () => {
    const hint = (status: number) => classifyHttpError({ status, body: '', headers: {}, host: 'h' }).hintKey;
    expect(hint(402)).toBe('status-402');
    expect(hint(404)).toBe('status-404');
    expect(hint(413)).toBe('status-413');
    expect(hint(503)).toBe('status-5xx');
    expect(hint(529)).toBe('status-529');
    expect(hint(418)).toBe('status-other');
  });

  it('reads retry-after as an HTTP date', () => {
    const now = Date.parse('Thu, 21 Aug 2025 12:41:00 GMT');
    const error = classifyHttpError(
      { status: 429, body: '', headers: { 'retry-after': 'Thu, 21 Aug 2025 12:41:30 GMT' }, host: 'h' },
      now,
    );
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.hint).toBe('Rate limited. Wait 30 seconds and send again.');
  });
});

describe('classifyHttpError diagnoses from the request', () => {
  const openAiKeyShape = { prefix: 'sk-proj', hasWhitespace: false };
  const anthropicKeyShape = { prefix: 'sk-ant-', hasWhitespace: false };

  function rejected(
    format: 'openai-chat' | 'anthropic-messages' | 'openai-compatible',
    host: string,
    key: object,
  ) {
    return classifyHttpError({
      status: 401,
      body: readFixture('wire/openai_error_401_invalid_api_key.json'),
      headers: {},
      host,
      request: { url: `https://${host}/v1/x`, format, key: key as typeof openAiKeyShape },
    });
  }

  it('recognises an Anthropic key sent in the OpenAI format', () => {
    const error = rejected('openai-chat', 'api.openai.com', anthropicKeyShape);
    expect(error.hintKey).toBe('status-401-anthropic-key');
    expect(error.hint).toMatch(/^This is an Anthropic key \(it starts with sk-ant-\)/);
    // Anthropic's own OpenAI-compatible endpoint takes its keys, so nothing is said there.
    expect(rejected('openai-compatible', 'api.anthropic.com', anthropicKeyShape).hintKey).toBe('status-401');
  });

  it('recognises an OpenAI key sent to Anthropic, but not to a relay with keys of its own', () => {
    expect(rejected('anthropic-messages', 'api.anthropic.com', openAiKeyShape).hintKey).toBe(
      'status-401-openai-key',
    );
    expect(rejected('anthropic-messages', 'relay.example.com', openAiKeyShape).hintKey).toBe('status-401');
    expect(rejected('anthropic-messages', 'api.anthropic.com', anthropicKeyShape).hintKey).toBe('status-401');
  });

  it('recognises a key with whitespace inside', () => {
    const error = rejected('openai-chat', 'api.openai.com', { prefix: 'sk-proj', hasWhitespace: true });
    expect(error.hintKey).toBe('status-401-key-whitespace');
    expect(error.hint).toMatch(/space or line break/);
  });

  function notFound(url: string, format: 'openai-chat' | 'anthropic-messages' | 'openai-compatible') {
    return classifyHttpError({
      status: 404,
      body: '404 page not found',
      headers: {},
      host: new URL(url).host,
      request: { url, format },
    });
  }

  it('names the base URL to use when /v1 is missing, doubled or superfluous', () => {
    const missing = notFound('https://api.deepseek.com/chat/completions', 'openai-compatible');
    expect(missing).toMatchObject({
      hintKey: 'status-404-missing-v1',
      params: { suggestedBaseUrl: 'https://api.deepseek.com/v1', path: '/chat/completions' },
    });
    expect(missing.hint).toBe(
      'OpenAI-style base URLs end in /v1, and this one has no path, so the request went to /chat/completions. Use https://api.deepseek.com/v1 as the base URL.',
    );
    expect(notFound('https://api.openai.com/v1/v1/chat/completions', 'openai-chat')).toMatchObject({
      hintKey: 'status-404-doubled-v1',
      params: { suggestedBaseUrl: 'https://api.openai.com/v1' },
    });
    const anthropic = notFound('https://api.anthropic.com/v1/v1/messages', 'anthropic-messages');
    expect(anthropic).toMatchObject({
      hintKey: 'status-404-anthropic-v1',
      params: { suggestedBaseUrl: 'https://api.anthropic.com' },
    });
    expect(anthropic.hint).toMatch(/Use https:\/\/api\.anthropic\.com as the base URL\.$/);
    expect(
      notFound('https://relay.example/v1/chat/completions/chat/completions', 'openai-chat'),
    ).toMatchObject({
      hintKey: 'status-404-full-endpoint',
      params: { suggestedBaseUrl: 'https://relay.example/v1' },
    });
  });

  it('leaves a 404 on a well-formed URL to the generic hint (an unknown model)', () => {
    expect(notFound('https://api.openai.com/v1/chat/completions', 'openai-chat').hintKey).toBe('status-404');
    expect(notFound('https://relay.example/openai/chat/completions', 'openai-compatible').hintKey).toBe(
      'status-404',
    );
    expect(notFound('https://api.anthropic.com/v1/messages', 'anthropic-messages').hintKey).toBe(
      'status-404',
    );
  });

  it('says how large a refused request was', () => {
    const error = classifyHttpError({
      status: 413,
      body: '<html><body><h1>413 Request Entity Too Large</h1></body></html>',
      headers: {},
      host: 'relay.example.com',
      request: {
        url: 'https://relay.example.com/v1/chat/completions',
        format: 'openai-chat',
        bodyBytes: 3_500_000,
      },
    });
    expect(error).toMatchObject({ hintKey: 'status-413-size', params: { size: '3.3 MB' } });
    expect(error.hint).toMatch(/^The request body was 3\.3 MB, more than relay\.example\.com accepts\./);
  });

  it('decodes the rate-limit headers of a 429 into the hint', () => {
    const error = classifyHttpError({
      status: 429,
      body: readFixture('wire/openai_error_429_rate_limit_exceeded.json'),
      headers: {
        'x-ratelimit-limit-requests': '3',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '20s',
      },
      host: 'api.openai.com',
    });
    expect(error).toMatchObject({ hintKey: 'status-429-rate-detail', params: { wait: '20 seconds' } });
    expect(error.hint).toBe(
      'Rate limited: 0 of 3 requests left, resets in 20 s. Wait 20 seconds and send again.',
    );
  });

  it('reads Anthropic’s rate-limit headers, preferring retry-after for the wait', () => {
    const now = Date.parse('2025-08-21T12:41:00Z');
    const error = classifyHttpError(
      {
        status: 429,
        body: readFixture('wire/anthropic_error_429_rate_limit.json'),
        headers: {
          'retry-after': '8',
          'anthropic-ratelimit-requests-limit': '50',
          'anthropic-ratelimit-requests-remaining': '0',
          'anthropic-ratelimit-requests-reset': '2025-08-21T12:41:09Z',
        },
        host: 'api.anthropic.com',
      },
      now,
    );
    expect(error.hint).toBe(
      'Rate limited: 0 of 50 requests left, resets in 9 s. Wait 8 seconds and send again.',
    );
  });

  it('reads Anthropic’s empty credit balance as a billing problem, not a bad parameter', () => {
    const error = classifyHttpError({
      status: 400,
      body: JSON.stringify({
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message:
            'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
        },
      }),
      headers: {},
      host: 'api.anthropic.com',
    });
    expect(error.hintKey).toBe('status-402');
  });

  it('keeps x-should-retry for the retry policy', () => {
    const read = (value: string) =>
      classifyHttpFailure({ status: 500, body: '', headers: { 'x-should-retry': value }, host: 'h' })
        .shouldRetryHeader;
    expect(read('true')).toBe(true);
    expect(read('FALSE')).toBe(false);
    expect(read('yes')).toBeUndefined();
  });
});
