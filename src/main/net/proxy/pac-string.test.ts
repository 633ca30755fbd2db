import { describe, expect, it } from 'vitest';
import { parsePacString } from './pac-string.ts';

describe('the system proxy answer (PAC form)', () => {
  it.each([
    ['DIRECT', { kind: 'direct' }],
    ['', { kind: 'direct' }],
    ['PROXY 10.0.0.1:8080', { kind: 'proxy', url: 'http://10.0.0.1:8080' }],
    ['PROXY proxy.corp:3128; DIRECT', { kind: 'proxy', url: 'http://proxy.corp:3128' }],
    ['HTTP 10.0.0.1:8080', { kind: 'proxy', url: 'http://10.0.0.1:8080' }],
    ['HTTPS secure.corp:443', { kind: 'proxy', url: 'https://secure.corp:443' }],
    ['SOCKS5 127.0.0.1:1080', { kind: 'proxy', url: 'socks5://127.0.0.1:1080' }],
    ['SOCKS 127.0.0.1:7891', { kind: 'proxy', url: 'socks5://127.0.0.1:7891' }],
    ['socks5 127.0.0.1:1080', { kind: 'proxy', url: 'socks5://127.0.0.1:1080' }],
    ['  PROXY   10.0.0.1:8080  ;  DIRECT  ', { kind: 'proxy', url: 'http://10.0.0.1:8080' }],
    ['DIRECT; PROXY 10.0.0.1:8080', { kind: 'direct' }],
    // The first usable entry wins: SOCKS4 is skipped for the next one.
    ['SOCKS4 127.0.0.1:1080; PROXY 10.0.0.1:8080', { kind: 'proxy', url: 'http://10.0.0.1:8080' }],
    ['SOCKS4 127.0.0.1:1080; DIRECT', { kind: 'direct' }],
    ['QUIC 10.0.0.1:443; HTTPS 10.0.0.1:443', { kind: 'proxy', url: 'https://10.0.0.1:443' }],
    ['SOCKS4 127.0.0.1:1080', { kind: 'unsupported', entry: 'SOCKS4 127.0.0.1:1080' }],
  ])('%j', (answer, choice) => {
    expect(parsePacString(answer)).toEqual(choice);
  });
});
