import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../mock/mock-server.ts';
import { chatThrough, type RoutesForTest, routesForTest } from './test-support/chat-through.ts';
import { type HttpTestProxy, startHttpTestProxy } from './test-support/http-test-proxy.ts';
import { type Socks5TestProxy, startSocks5TestProxy } from './test-support/socks5-test-proxy.ts';
import { startTlsTestEndpoint, type TlsTestEndpoint, testCaFile } from './test-support/tls-test-endpoint.ts';

// Real loopback servers only: the mock LLM, an HTTPS front for it with the test CA's certificate,
// an HTTP proxy and a SOCKS5 proxy, each with and without credentials.

const password = 'p@ss:w/rd%';
const encodedPassword = encodeURIComponent(password);
const credentials = { username: 'promptwire', password };
const trustTestCa = { caFile: testCaFile, skipVerification: false };

let mock: MockServer;
let endpoint: TlsTestEndpoint;
let httpProxy: HttpTestProxy;
let lockedHttpProxy: HttpTestProxy;
let socksProxy: Socks5TestProxy;
let lockedSocksProxy: Socks5TestProxy;
let network: RoutesForTest;

beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  endpoint = await startTlsTestEndpoint({ targetPort: mock.port });
  httpProxy = await startHttpTestProxy();
  lockedHttpProxy = await startHttpTestProxy({ credentials });
  socksProxy = await startSocks5TestProxy();
  lockedSocksProxy = await startSocks5TestProxy({ credentials });
  network = routesForTest();
});

afterAll(async () => {
  await network.routes.close();
  for (const server of [lockedSocksProxy, socksProxy, lockedHttpProxy, httpProxy, endpoint, mock]) {
    await server?.close();
  }
});

const httpsBase = () => `${endpoint.url}/v1`;
const plainBase = () => `http://localhost:${mock.port}/v1`;
const withCredentials = (url: string, secret = encodedPassword) =>
  url.replace('://', `://promptwire:${secret}@`);

describe('through an HTTP proxy', () => {
  it('tunnels to an https endpoint with CONNECT', async () => {
    const prepared = await network.prepare(httpsBase(), { mode: 'manual', url: httpProxy.url }, trustTestCa);
    const { transcript } = await chatThrough(httpsBase(), prepared);
    expect(transcript.error).toBeUndefined();
    expect(transcript.text).toContain('You wrote: "Hello"');
    expect(transcript.request?.via).toBe(httpProxy.url);
    expect(httpProxy.tunnels).toContain(`localhost:${endpoint.port}`);
  });

  it('forwards a plain-http request with its absolute URI', async () => {
    const prepared = await network.prepare(plainBase(), { mode: 'manual', url: httpProxy.url });
    const { transcript } = await chatThrough(plainBase(), prepared);
    expect(transcript.text).toContain('You wrote: "Hello"');
    expect(httpProxy.forwarded).toContain(`http://localhost:${mock.port}/v1/chat/completions`);
  });

  it('logs in with Basic credentials whose special characters are percent-encoded', async () => {
    const proxyUrl = withCredentials(lockedHttpProxy.url);
    for (const base of [httpsBase(), plainBase()]) {
      const prepared = await network.prepare(base, { mode: 'manual', url: proxyUrl }, trustTestCa);
      const { transcript } = await chatThrough(base, prepared);
      expect(transcript.text).toContain('You wrote: "Hello"');
      expect(transcript.request?.via).toBe(`http://promptwire:****@127.0.0.1:${lockedHttpProxy.port}`);
    }
    expect(lockedHttpProxy.authorizations).toContain(`promptwire:${password}`);
  });

  it.each([
    ['an https endpoint (CONNECT)', httpsBase],
    ['a plain-http endpoint (forwarding)', plainBase],
  ])('explains a 407 for wrong credentials to %s', async (_name, base) => {
    const proxyUrl = withCredentials(lockedHttpProxy.url, 'wrong-password');
    const prepared = await network.prepare(base(), { mode: 'manual', url: proxyUrl }, trustTestCa);
    const { transcript } = await chatThrough(base(), prepared);
    const masked = `http://promptwire:****@127.0.0.1:${lockedHttpProxy.port}`;
    expect(transcript.error).toMatchObject({ code: 'network-error', hintKey: 'proxy-failure-auth' });
    expect(transcript.error?.message).toBe(
      `Could not reach ${new URL(base()).host}: the proxy ${masked} answered 407 Proxy Authentication Required`,
    );
    expect(transcript.error?.hint).toContain('percent-encode special characters');
    expect(JSON.stringify(transcript.error)).not.toContain('wrong-password');
  });
});

describe('through a SOCKS5 proxy', () => {
  it.each(['socks5', 'socks5h'])(
    '%s:// hands the host name to the proxy (ATYP 3) for https and http',
    async (scheme) => {
      const proxyUrl = socksProxy.url.replace('socks5', scheme);
      socksProxy.connects.length = 0;
      for (const base of [httpsBase(), plainBase()]) {
        const prepared = await network.prepare(base, { mode: 'manual', url: proxyUrl }, trustTestCa);
        const { transcript } = await chatThrough(base, prepared);
        expect(transcript.text).toContain('You wrote: "Hello"');
        expect(transcript.request?.via).toBe(proxyUrl);
      }
      expect(socksProxy.connects).toEqual([
        { addressType: 'domain', address: 'localhost', port: endpoint.port },
        { addressType: 'domain', address: 'localhost', port: mock.port },
      ]);
    },
  );

  it('logs in with a percent-encoded user name and password containing @ and :', async () => {
    const proxyUrl = withCredentials(lockedSocksProxy.url.replace('socks5', 'socks5h'));
    const prepared = await network.prepare(httpsBase(), { mode: 'manual', url: proxyUrl }, trustTestCa);
    const { transcript } = await chatThrough(httpsBase(), prepared);
    expect(transcript.text).toContain('You wrote: "Hello"');
    expect(transcript.request?.via).toBe(`socks5h://promptwire:****@127.0.0.1:${lockedSocksProxy.port}`);
    expect(lockedSocksProxy.logins).toContainEqual({ username: 'promptwire', password, accepted: true });
  });

  it('says the user name or password was rejected', async () => {
    const proxyUrl = withCredentials(lockedSocksProxy.url, 'nope');
    const prepared = await network.prepare(plainBase(), { mode: 'manual', url: proxyUrl });
    const { transcript } = await chatThrough(plainBase(), prepared);
    const masked = `socks5://promptwire:****@127.0.0.1:${lockedSocksProxy.port}`;
    expect(transcript.error).toMatchObject({ hintKey: 'proxy-failure-socks-auth' });
    expect(transcript.error?.message).toBe(
      `Could not reach localhost:${mock.port}: the SOCKS5 proxy ${masked} rejected the user name or password`,
    );
  });

  it('says the proxy wants a login when none was given', async () => {
    const prepared = await network.prepare(plainBase(), { mode: 'manual', url: lockedSocksProxy.url });
    const { transcript } = await chatThrough(plainBase(), prepared);
    expect(transcript.error).toMatchObject({ hintKey: 'proxy-failure-socks-login' });
    expect(transcript.error?.hint).toContain('socks5h://user:password@host:port');
  });
});

describe('proxies at other addresses', () => {
  it('reaches an https:// proxy whose certificate the profile CA file vouches for', async () => {
    const secureProxy = await startTlsTestEndpoint({ targetPort: httpProxy.port });
    try {
      const proxyUrl = `https://localhost:${secureProxy.port}`;
      const prepared = await network.prepare(httpsBase(), { mode: 'manual', url: proxyUrl }, trustTestCa);
      const { transcript } = await chatThrough(httpsBase(), prepared);
      expect(transcript.text).toContain('You wrote: "Hello"');
      expect(transcript.request?.via).toBe(proxyUrl);
    } finally {
      await secureProxy.close();
    }
  });

  it.each([
    ['SOCKS5', () => startSocks5TestProxy({ host: '::1' })],
    ['HTTP', () => startHttpTestProxy({ host: '::1' })],
  ])('reaches a %s proxy at an IPv6 address', async (_kind, start) => {
    const proxy = await start();
    try {
      expect(proxy.url).toMatch(/^\w+:\/\/\[::1\]:\d+$/);
      const prepared = await network.prepare(plainBase(), { mode: 'manual', url: proxy.url });
      const { transcript } = await chatThrough(plainBase(), prepared);
      expect(transcript.text).toContain('You wrote: "Hello"');
    } finally {
      await proxy.close();
    }
  });
});

describe('NO_PROXY', () => {
  it('sends a listed host direct while the proxy variable is set', async () => {
    const environment = {
      HTTPS_PROXY: socksProxy.url,
      HTTP_PROXY: socksProxy.url,
      NO_PROXY: `.example.com,localhost:${mock.port}`,
    };
    const local = routesForTest(environment);
    try {
      socksProxy.connects.length = 0;
      const prepared = await local.prepare(plainBase(), { mode: 'environment' });
      expect(prepared.via).toBe('direct');
      const { transcript } = await chatThrough(plainBase(), prepared);
      expect(transcript.text).toContain('You wrote: "Hello"');
      expect(socksProxy.connects).toEqual([]);

      const proxied = await local.prepare(`https://localhost:${endpoint.port}/v1`, { mode: 'environment' });
      expect(proxied.via).toBe(socksProxy.url);
    } finally {
      await local.routes.close();
    }
  });
});

describe('keep-alive', () => {
  it('reuses one dispatcher, and so its connections, for the same settings', async () => {
    const first = await network.prepare(plainBase(), { mode: 'manual', url: httpProxy.url });
    const second = await network.prepare(`${plainBase()}/`, { mode: 'manual', url: httpProxy.url });
    const direct = await network.prepare(plainBase(), { mode: 'none' });
    expect(second.dispatcher).toBe(first.dispatcher);
    expect(direct.dispatcher).not.toBe(first.dispatcher);
  });
});
