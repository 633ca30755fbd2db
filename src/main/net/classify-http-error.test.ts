import { describe, expect, it } from 'vitest';
import { readFixture } from '../providers/wire-fixtures.ts';
import { classifyHttpError } from './classify-http-error.ts';

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
