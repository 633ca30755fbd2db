import { describe, expect, it } from 'vitest';
import { readFixture } from '../providers/wire-fixtures.ts';
import { classifyHttpError } from './classify-http-error.ts';
import { classifyNetworkError } from './classify-network-error.ts';
import { isRetryableError } from './is-retryable.ts';

const http = (status: number, fixture?: string) =>
  classifyHttpError({ status, body: fixture ? readFixture(`wire/${fixture}`) : '', headers: {}, host: 'h' });

describe('isRetryableError', () => {
  it('retries what the SDKs retry: rate limits, overload and server errors', () => {
    expect(isRetryableError(http(429, 'openai_error_429_rate_limit_exceeded.json'))).toBe(true);
    expect(isRetryableError(http(529, 'anthropic_error_overloaded.json'))).toBe(true);
    expect(isRetryableError(http(500, 'openai_error_500_server_error.json'))).toBe(true);
    expect(isRetryableError(http(408))).toBe(true);
  });

  it('never retries an empty balance or a request the vendor rejected', () => {
    expect(isRetryableError(http(429, 'openai_error_429_insufficient_quota.json'))).toBe(false);
    expect(isRetryableError(http(402))).toBe(false);
    expect(isRetryableError(http(400, 'openai_error_400_unsupported_parameter.json'))).toBe(false);
    expect(isRetryableError(http(401, 'anthropic_error_401_authentication.json'))).toBe(false);
  });

  it('retries a reset connection but not an unresolvable host', () => {
    const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' });
    expect(isRetryableError(classifyNetworkError(reset, 'h'))).toBe(true);
    expect(isRetryableError(classifyNetworkError(dns, 'h'))).toBe(false);
  });
});
