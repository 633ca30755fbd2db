import { describe, expect, it } from 'vitest';
import type { ProxySettings } from '../../../shared/network-schemas.ts';
import { chooseRoute, effectiveProxy, resolveRoute } from './choose-route.ts';
import type { Environment } from './environment-proxy.ts';

const https = 'https://api.openai.com/v1';
const http = 'http://127.0.0.1:11434/v1';

function route(
  targetUrl: string,
  proxy: ProxySettings,
  environment: Environment = {},
  systemAnswer?: string,
) {
  return chooseRoute({ targetUrl, proxy, environment }, systemAnswer);
}

describe('choosing the route from the environment', () => {
  const environment = { mode: 'environment' } as const;

  it('takes HTTPS_PROXY for https targets and HTTP_PROXY for http ones', () => {
    const variables = { HTTPS_PROXY: 'http://secure-side:1', HTTP_PROXY: 'http://plain-side:2' };
    expect(route(https, environment, variables)).toMatchObject({
      ok: true,
      value: { via: 'http://secure-side:1' },
    });
    expect(route(http, environment, variables)).toMatchObject({
      ok: true,
      value: { via: 'http://plain-side:2' },
    });
  });

  it('lets the lower-case spelling win when both are set, as curl does', () => {
    const variables = { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' };
    expect(route(https, environment, variables)).toMatchObject({
      ok: true,
      value: { via: 'http://lower:1' },
    });
  });

  it('falls back to ALL_PROXY, which may be SOCKS5', () => {
    expect(route(https, environment, { ALL_PROXY: 'socks5h://127.0.0.1:1080' })).toEqual({
      ok: true,
      value: {
        route: { kind: 'socks5', url: 'socks5h://127.0.0.1:1080', remoteDns: true },
        via: 'socks5h://127.0.0.1:1080',
        mode: 'environment',
      },
    });
    expect(route(http, environment, { all_proxy: 'socks://10.0.0.1:1080/' })).toMatchObject({
      ok: true,
      value: { route: { kind: 'socks5' } },
    });
  });

  it('goes direct for NO_PROXY hosts and when nothing is set', () => {
    const variables = { HTTPS_PROXY: 'http://proxy:1', NO_PROXY: 'localhost,.openai.com' };
    expect(route(https, environment, variables)).toMatchObject({ ok: true, value: { via: 'direct' } });
    expect(route(https, environment, {})).toMatchObject({ ok: true, value: { route: { kind: 'direct' } } });
    expect(route(https, environment, { HTTPS_PROXY: '  ' })).toMatchObject({
      ok: true,
      value: { via: 'direct' },
    });
  });

  it('reads lower-case no_proxy before NO_PROXY', () => {
    const variables = { HTTPS_PROXY: 'http://proxy:1', no_proxy: 'example.com', NO_PROXY: '*' };
    expect(route(https, environment, variables)).toMatchObject({
      ok: true,
      value: { via: 'http://proxy:1' },
    });
  });

  it('masks the password in via', () => {
    const variables = { HTTPS_PROXY: 'http://me:s3cret@proxy:3128' };
    expect(route(https, environment, variables)).toMatchObject({
      ok: true,
      value: { via: 'http://me:****@proxy:3128' },
    });
  });

  it('names the variable that holds an unusable proxy', () => {
    const result = route(https, environment, { ALL_PROXY: 'socks4://127.0.0.1:1080' });
    expect(result).toMatchObject({ ok: false, error: { code: 'network-error', hintKey: 'use-socks5' } });
    expect(!result.ok && result.error.message).toBe(
      'Could not reach api.openai.com: the proxy socks4://127.0.0.1:1080 uses SOCKS4, which Promptwire does not support (from ALL_PROXY)',
    );
  });
});

describe('choosing the route by mode', () => {
  it('sends everything direct in mode none, whatever the environment says', () => {
    expect(route(https, { mode: 'none' }, { HTTPS_PROXY: 'http://proxy:1' })).toEqual({
      ok: true,
      value: { route: { kind: 'direct' }, via: 'direct', mode: 'none' },
    });
  });

  it('uses the manual URL except for the manual bypass list', () => {
    const manual = {
      mode: 'manual',
      url: 'socks5h://u:p@127.0.0.1:1080',
      noProxy: 'localhost,127.0.0.1',
    } as const;
    expect(route(https, manual)).toMatchObject({
      ok: true,
      value: { via: 'socks5h://u:****@127.0.0.1:1080', mode: 'manual' },
    });
    expect(route(http, manual)).toMatchObject({ ok: true, value: { via: 'direct', mode: 'manual' } });
  });

  it('ignores the environment in manual mode', () => {
    const manual = { mode: 'manual', url: 'http://manual:1' } as const;
    expect(route(https, manual, { HTTPS_PROXY: 'http://env:2' })).toMatchObject({
      value: { via: 'http://manual:1' },
    });
  });

  it('reports a manual mode without a URL', () => {
    expect(route(https, { mode: 'manual' })).toMatchObject({
      ok: false,
      error: { hintKey: 'fix-proxy-url' },
    });
  });

  it('reads the environment in system mode when there is no OS resolver (browser mode, CLI)', () => {
    expect(route(https, { mode: 'system' }, { HTTPS_PROXY: 'http://env:2' })).toMatchObject({
      ok: true,
      value: { via: 'http://env:2', mode: 'environment' },
    });
  });

  it("follows the OS's answer in system mode, SOCKS included", () => {
    expect(
      route(https, { mode: 'system' }, { HTTPS_PROXY: 'http://env:2' }, 'SOCKS5 127.0.0.1:7891; DIRECT'),
    ).toEqual({
      ok: true,
      value: {
        route: { kind: 'socks5', url: 'socks5://127.0.0.1:7891', remoteDns: true },
        via: 'socks5://127.0.0.1:7891',
        mode: 'system',
      },
    });
    expect(route(https, { mode: 'system' }, {}, 'DIRECT')).toMatchObject({
      value: { via: 'direct', mode: 'system' },
    });
  });

  it('says so when the OS offers only SOCKS4', () => {
    const result = route(https, { mode: 'system' }, {}, 'SOCKS4 127.0.0.1:1080');
    expect(result).toMatchObject({ ok: false, error: { hintKey: 'use-socks5' } });
    expect(!result.ok && result.error.message).toContain('(from the system proxy settings)');
  });

  it('asks the OS resolver for the target URL', async () => {
    const asked: string[] = [];
    const result = await resolveRoute({
      targetUrl: https,
      proxy: { mode: 'system' },
      environment: {},
      systemProxy: {
        resolve: async (url) => {
          asked.push(url);
          return 'PROXY 10.1.2.3:8080';
        },
      },
    });
    expect(asked).toEqual([https]);
    expect(result).toMatchObject({ ok: true, value: { via: 'http://10.1.2.3:8080', mode: 'system' } });
  });

  it('turns a failing OS resolver into an error, not a throw', async () => {
    const result = await resolveRoute({
      targetUrl: https,
      proxy: { mode: 'system' },
      environment: {},
      systemProxy: {
        resolve: async () => {
          throw new Error('net::ERR_FAILED');
        },
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network-error' } });
  });

  it("uses the profile's own setting unless it follows the global one", () => {
    const global = { mode: 'manual', url: 'http://global:1' } as const;
    expect(effectiveProxy({ mode: 'default' }, global)).toEqual(global);
    expect(effectiveProxy({ mode: 'none' }, global)).toEqual({ mode: 'none' });
    expect(effectiveProxy({ mode: 'manual', url: 'http://own:2' }, global)).toEqual({
      mode: 'manual',
      url: 'http://own:2',
    });
  });
});
