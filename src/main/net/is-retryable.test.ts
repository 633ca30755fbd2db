import { describe, expect, it } from 'vitest';
import { readFixture } from '../providers/wire-fixtures.ts';
import { classifyHttpError, classifyHttpFailure } from './classify-http-error.ts';
import { classifyNetworkError } from './classify-network-error.ts';
import { isRetryableError, isRetryableFailure } from './is-retryable.ts';

const http = (status: number, fixture?: string) =>
  classifyHttpError({ status, body: fixture ? readFixture(`wire/${fixture}`) : '', headers: {}, host: 'h' });

const failure = (status: number, headers: Record<string, string>, fixture?: string) =>
  classifyHttpFailure({ status, body: fixture ? readFixture(`wire/${fixture}`) : '', headers, host: 'h' });

describe('isRetryableError', () => {
  it('retries what the SDKs retry: rate limits, conflicts, overload and server errors', () => {
    expect(isRetryableError(http(429, 'openai_error_429_rate_limit_exceeded.json'))).toBe(true);
    expect(isRetryableError(http(529, 'anthropic_error_overloaded.json'))).toBe(true);
    expect(isRetryableError(http(500, 'openai_error_500_server_error.json'))).toBe(true);
    expect(isRetryableError(http(408))).toBe(true);
    expect(isRetryableError(http(409))).toBe(true);
  });

  it('never retries an empty balance or a request the vendor rejected', () => {
    expect(isRetryableError(http(429, 'openai_error_429_insufficient_quota.json'))).toBe(false);
    expect(isRetryableError(http(402))).toBe(false);
    expect(isRetryableError(http(400, 'openai_error_400_unsupported_parameter.json'))).toBe(false);
    expect(isRetryableError(http(401, 'anthropic_error_401_authentication.json'))).toBe(false);
  });

  it('retries a refused or reset connection but not an unresolvable host or a bad certificate', () => {
    const coded = (message: string, code: string) => Object.assign(new Error(message), { code });
    const retryable = (error: Error) => isRetryableError(classifyNetworkError(error, 'h'));
    expect(retryable(coded('other side closed', 'UND_ERR_SOCKET'))).toBe(true);
    expect(retryable(coded('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED'))).toBe(true);
    expect(retryable(coded('getaddrinfo ENOTFOUND x.invalid', 'ENOTFOUND'))).toBe(false);
    expect(retryable(coded('certificate has expired', 'CERT_HAS_EXPIRED'))).toBe(false);
  });

  it('retries a proxy that failed for the moment, not one that refuses our credentials', () => {
    const proxyError = (hintKey: string, params: Record<string, string | number> = {}) =>
      isRetryableError({ code: 'network-error', message: 'm', hintKey, params });
    expect(proxyError('proxy-failure-refused')).toBe(true);
    expect(proxyError('proxy-failure-timeout')).toBe(true);
    expect(proxyError('proxy-failure-tunnel', { status: 502 })).toBe(true);
    expect(proxyError('proxy-failure-tunnel', { status: 403 })).toBe(false);
    expect(proxyError('proxy-failure-auth', { status: 407 })).toBe(false);
    expect(proxyError('proxy-failure-dns')).toBe(false);
    expect(proxyError('tls-failure-untrusted')).toBe(false);
  });
});

describe('isRetryableFailure', () => {
  it('lets x-should-retry override the status rule either way', () => {
    expect(isRetryableFailure(failure(500, { 'x-should-retry': 'false' }))).toBe(false);
    expect(isRetryableFailure(failure(400, { 'x-should-retry': 'true' }))).toBe(true);
    expect(isRetryableFailure(failure(400, { 'x-should-retry': 'maybe' }))).toBe(false);
  });

  it('keeps an empty balance unretryable whatever the header says', () => {
    const quota = failure(429, { 'x-should-retry': 'true' }, 'openai_error_429_insufficient_quota.json');
    expect(quota.isQuota).toBe(true);
    expect(isRetryableFailure(quota)).toBe(false);
  });

  it('ends the run on a timeout, a cancel or a bug', () => {
    const error = http(500);
    expect(isRetryableFailure({ kind: 'timeout', error })).toBe(false);
    expect(isRetryableFailure({ kind: 'cancelled', error })).toBe(false);
    expect(isRetryableFailure({ kind: 'other', error })).toBe(false);
  });
});
