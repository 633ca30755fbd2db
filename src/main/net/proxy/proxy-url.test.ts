import { describe, expect, it } from 'vitest';
import { maskProxyUrl, parseProxyUrl, proxyEndpoint } from './proxy-url.ts';
import type { ProxyRoute } from './route.ts';

function route(text: string): ProxyRoute {
  const parsed = parseProxyUrl(text);
  if (!parsed.ok) throw new Error(`${text} did not parse: ${JSON.stringify(parsed.problem)}`);
  return parsed.route;
}

describe('proxy URLs', () => {
  it.each([
    ['http://127.0.0.1:7890', { kind: 'http-proxy', url: 'http://127.0.0.1:7890' }],
    ['HTTP://Proxy.Corp:3128/', { kind: 'http-proxy', url: 'http://proxy.corp:3128' }],
    ['https://secure.corp', { kind: 'http-proxy', url: 'https://secure.corp' }],
    ['127.0.0.1:7890', { kind: 'http-proxy', url: 'http://127.0.0.1:7890' }],
    ['socks5://127.0.0.1:1080', { kind: 'socks5', url: 'socks5://127.0.0.1:1080', remoteDns: true }],
    ['socks5h://127.0.0.1:1080', { kind: 'socks5', url: 'socks5h://127.0.0.1:1080', remoteDns: true }],
    ['socks://127.0.0.1:1080/', { kind: 'socks5', url: 'socks://127.0.0.1:1080', remoteDns: true }],
    ['  socks5h://u:p@host:1  ', { kind: 'socks5', url: 'socks5h://u:p@host:1', remoteDns: true }],
  ])('reads %s', (text, expected) => {
    expect(parseProxyUrl(text)).toEqual({ ok: true, route: expected });
  });

  it.each(['socks4://127.0.0.1:1080', 'SOCKS4A://127.0.0.1:1080'])('refuses %s as SOCKS4', (text) => {
    expect(parseProxyUrl(text)).toMatchObject({ ok: false, problem: { kind: 'socks4' } });
  });

  it.each([
    ['ftp://proxy:21', 'unsupported-scheme'],
    ['pac+http://wpad/wpad.dat', 'unsupported-scheme'],
    ['http://', 'malformed'],
    ['not a proxy', 'malformed'],
    ['', 'malformed'],
  ])('refuses %j', (text, kind) => {
    expect(parseProxyUrl(text)).toMatchObject({ ok: false, problem: { kind } });
  });

  it('decodes percent-encoded credentials, @ and : included', () => {
    expect(proxyEndpoint(route('socks5h://us%40er:p%40ss%3Aw%2Fd@127.0.0.1:1080'))).toEqual({
      protocol: 'socks5:',
      hostname: '127.0.0.1',
      port: 1080,
      username: 'us@er',
      password: 'p@ss:w/d',
    });
  });

  it('takes a password with a raw @ as the part before the last @, as browsers do', () => {
    expect(proxyEndpoint(route('http://user:p@ss@10.0.0.1:8080'))).toMatchObject({
      hostname: '10.0.0.1',
      username: 'user',
      password: 'p@ss',
    });
  });

  it('keeps a lone % in a password rather than failing', () => {
    expect(proxyEndpoint(route('http://user:100%@10.0.0.1:8080')).password).toBe('100%');
  });

  it('fills in default ports and unwraps IPv6 hosts', () => {
    expect(proxyEndpoint(route('http://proxy.corp'))).toMatchObject({ port: 80 });
    expect(proxyEndpoint(route('https://proxy.corp'))).toMatchObject({ protocol: 'https:', port: 443 });
    expect(proxyEndpoint(route('socks5h://[::1]'))).toMatchObject({ hostname: '::1', port: 1080 });
  });

  it('masks the password and nothing else', () => {
    expect(maskProxyUrl('socks5h://user:p%40ss@127.0.0.1:1080')).toBe('socks5h://user:****@127.0.0.1:1080');
    expect(maskProxyUrl('http://token@proxy.corp:3128')).toBe('http://token@proxy.corp:3128');
    expect(maskProxyUrl('http://proxy.corp:3128')).toBe('http://proxy.corp:3128');
    expect(maskProxyUrl('http://user:p@ss@proxy.corp:3128')).toBe('http://user:****@proxy.corp:3128');
    expect(maskProxyUrl('user:secret@127.0.0.1:7890')).toBe('user:****@127.0.0.1:7890');
  });
});
