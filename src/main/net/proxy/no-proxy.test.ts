import { describe, expect, it } from 'vitest';
import { isExcludedByNoProxy } from './no-proxy.ts';

const cases: [list: string, url: string, direct: boolean][] = [
  ['*', 'https://api.openai.com/v1', true],
  ['example.com', 'https://example.com/v1', true],
  ['example.com', 'https://api.example.com/v1', true],
  ['.example.com', 'https://example.com/v1', true],
  ['.example.com', 'https://deep.api.example.com/v1', true],
  ['*.example.com', 'https://api.example.com/v1', true],
  ['example.com', 'https://notexample.com/v1', false],
  ['example.com', 'https://example.com.evil.test/v1', false],
  ['EXAMPLE.com', 'https://Api.Example.COM/v1', true],
  ['example.com.', 'https://api.example.com/v1', true],
  ['example.com:8443', 'https://example.com:8443/v1', true],
  ['example.com:8443', 'https://example.com/v1', false],
  ['example.com:443', 'https://example.com/v1', true],
  ['example.com:80', 'http://example.com/v1', true],
  ['127.0.0.1', 'http://127.0.0.1:11434/v1', true],
  ['127.0.0.1', 'http://127.0.0.2:11434/v1', false],
  ['10.0.0.0/8', 'http://10.20.30.40/v1', true],
  ['10.0.0.0/8', 'http://11.0.0.1/v1', false],
  ['::1', 'http://[::1]:8080/v1', true],
  ['[::1]', 'http://[::1]:8080/v1', true],
  ['[::1]:8080', 'http://[::1]:8080/v1', true],
  ['[::1]:9090', 'http://[::1]:8080/v1', false],
  ['fd00::/8', 'http://[fd12::1]/v1', true],
  ['localhost', 'http://localhost:8787/v1', true],
  // curl does not bypass loopback on its own, and neither does Promptwire.
  ['', 'http://127.0.0.1:8787/v1', false],
  ['example.com', 'http://localhost:8787/v1', false],
  ['internal.corp, example.com', 'https://api.example.com/v1', true],
  ['internal.corp,example.com', 'https://api.example.com/v1', true],
  ['internal.corp example.com', 'https://api.example.com/v1', true],
  [' , ,', 'https://api.example.com/v1', false],
  ['.', 'https://api.example.com/v1', false],
];

describe('NO_PROXY matching', () => {
  it.each(cases)('%j for %s -> direct: %s', (list, url, direct) => {
    expect(isExcludedByNoProxy(new URL(url), list)).toBe(direct);
  });

  it('sends everything through the proxy when there is no list', () => {
    expect(isExcludedByNoProxy(new URL('https://api.openai.com/v1'), undefined)).toBe(false);
  });
});
