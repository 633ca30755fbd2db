import { describe, expect, it } from 'vitest';
import { isCredentialHeader, maskHeaders, maskHeaderValue, maskKey, maskUrlCredentials } from './mask-key.ts';

describe('maskKey', () => {
  it('keeps the first three and last four characters of a long key', () => {
    expect(maskKey('sk-proj-1234567890abcd')).toBe('sk-…abcd');
    expect(maskKey('sk-ant-api03-xyzxyzxyzxyz-wxyz')).toBe('sk-…wxyz');
  });

  it('hides keys of twelve characters or fewer entirely', () => {
    expect(maskKey('123456789012')).toBe('••••');
    expect(maskKey('short')).toBe('••••');
    expect(maskKey('')).toBe('••••');
    expect(maskKey('1234567890123')).toBe('123…0123');
  });
});

describe('maskHeaders', () => {
  it('masks the bearer token but keeps the scheme', () => {
    expect(maskHeaderValue('Authorization', 'Bearer sk-proj-1234567890abcd')).toBe('Bearer sk-…abcd');
  });

  it('masks vendor key headers and relay credentials, leaving other headers alone', () => {
    const masked = maskHeaders({
      authorization: 'Bearer sk-proj-1234567890abcd',
      'x-api-key': 'sk-ant-api03-1234567890wxyz',
      'api-key': 'azure-key-1234567890',
      'x-relay-token': 'tok_abcdefghijklmnop',
      'X-Client-Secret': 'tiny',
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
    });
    expect(masked).toEqual({
      authorization: 'Bearer sk-…abcd',
      'x-api-key': 'sk-…wxyz',
      'api-key': 'azu…7890',
      'x-relay-token': 'tok…mnop',
      'X-Client-Secret': '••••',
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
    });
  });

  it('recognises credential header names', () => {
    for (const name of ['authorization', 'Proxy-Authorization', 'x-goog-api-key', 'X-Auth-Token', 'cookie']) {
      expect(isCredentialHeader(name), name).toBe(true);
    }
    for (const name of ['accept', 'user-agent', 'x-request-id', 'anthropic-beta']) {
      expect(isCredentialHeader(name), name).toBe(false);
    }
  });
});

describe('maskUrlCredentials', () => {
  it('masks a key in the query string and leaves other parameters readable', () => {
    expect(
      maskUrlCredentials('https://relay.example.com/v1/chat/completions?key=AIzaSyA-1234567890wxyz&alt=sse'),
    ).toBe('https://relay.example.com/v1/chat/completions?key=AIz%E2%80%A6wxyz&alt=sse');
    expect(
      maskUrlCredentials('https://x.openai.azure.com/openai/v1/chat/completions?api-version=2024-10-21'),
    ).toBe('https://x.openai.azure.com/openai/v1/chat/completions?api-version=2024-10-21');
    expect(maskUrlCredentials('https://api.openai.com/v1/chat/completions')).toBe(
      'https://api.openai.com/v1/chat/completions',
    );
  });
});
