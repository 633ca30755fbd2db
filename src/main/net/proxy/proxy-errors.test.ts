import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../mock/mock-server.ts';
import { chatThrough, type RoutesForTest, routesForTest } from './test-support/chat-through.ts';
import { type HttpTestProxy, startHttpTestProxy } from './test-support/http-test-proxy.ts';
import { type Socks5TestProxy, startSocks5TestProxy } from './test-support/socks5-test-proxy.ts';

// Every proxy failure a user can meet, produced for real against loopback servers, and the words
// they then read: the proxy named (password masked), the host named, and the next step.

let mock: MockServer;
let httpProxy: HttpTestProxy;
let socksProxy: Socks5TestProxy;
let closedPort: number;
let silent: Server;
let silentPort: number;
const silentSockets = new Set<Socket>();
let network: RoutesForTest;

beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  httpProxy = await startHttpTestProxy();
  socksProxy = await startSocks5TestProxy();
  closedPort = await freePort();
  // Accepts connections and never says a word: a black-holed proxy or endpoint.
  silent = createServer((socket) => void silentSockets.add(socket));
  silentPort = await listen(silent);
  network = routesForTest(
    {},
    { timeouts: { connectMs: 300, responseHeadersMs: 5_000, idleMs: 5_000, totalMs: 20_000 } },
  );
});

afterAll(async () => {
  await network.routes.close();
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await Promise.all([socksProxy.close(), httpProxy.close(), mock.close()]);
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failureThrough(proxyUrl: string, base = `http://localhost:${mock.port}/v1`) {
  const prepared = await network.prepare(base, { mode: 'manual', url: proxyUrl });
  const { transcript } = await chatThrough(base, prepared);
  if (!transcript.error) throw new Error('the chat did not fail');
  return transcript.error;
}

describe('proxy failures', () => {
  it.each(['http', 'socks5h'])(
    'blames the %s proxy, not the endpoint, when its port is closed',
    async (scheme) => {
      const proxy = `${scheme}://user:secret@127.0.0.1:${closedPort}`;
      const masked = `${scheme}://user:****@127.0.0.1:${closedPort}`;
      const error = await failureThrough(proxy);
      expect(error).toMatchObject({ code: 'network-error', hintKey: 'proxy-failure-refused' });
      expect(error.message).toBe(
        `Could not reach localhost:${mock.port}: the proxy ${masked} refused the connection (connect ECONNREFUSED 127.0.0.1:${closedPort})`,
      );
      expect(error.hint).toBe(
        `Nothing is listening at the proxy ${masked}, so localhost:${mock.port} was never tried. Start the proxy app, correct the proxy address (the profile's proxy settings or Network settings), or choose another proxy mode.`,
      );
      expect(JSON.stringify(error)).not.toContain('secret');
    },
  );

  it('says the proxy host name could not be resolved', async () => {
    const error = await failureThrough('http://no-such-proxy.invalid:8080');
    expect(error).toMatchObject({ hintKey: 'proxy-failure-dns' });
    expect(error.hint).toContain('http://no-such-proxy.invalid:8080');
  });

  it('reports the status an HTTP proxy gave instead of opening the tunnel', async () => {
    const error = await failureThrough(httpProxy.url, `https://127.0.0.1:${closedPort}/v1`);
    expect(error).toMatchObject({ hintKey: 'proxy-failure-tunnel', params: { status: 502 } });
    expect(error.message).toBe(
      `Could not reach 127.0.0.1:${closedPort}: the proxy ${httpProxy.url} answered 502 when asked to connect to 127.0.0.1:${closedPort}`,
    );
  });

  it('passes on why a SOCKS5 proxy could not connect', async () => {
    const error = await failureThrough(socksProxy.url, `http://127.0.0.1:${closedPort}/v1`);
    expect(error).toMatchObject({ hintKey: 'proxy-failure-socks-connect' });
    expect(error.message).toBe(
      `Could not reach 127.0.0.1:${closedPort}: the SOCKS5 proxy ${socksProxy.url} could not connect to 127.0.0.1:${closedPort}: Connection refused`,
    );
  });

  it('lets the SOCKS5 proxy resolve names, and reports when it cannot', async () => {
    const error = await failureThrough(socksProxy.url, 'http://no-such-host.invalid/v1');
    expect(error).toMatchObject({
      hintKey: 'proxy-failure-socks-connect',
      params: { reason: 'Host unreachable' },
    });
    expect(socksProxy.connects).toContainEqual({
      addressType: 'domain',
      address: 'no-such-host.invalid',
      port: 80,
    });
  });

  it('notices an HTTP proxy port given as SOCKS5', async () => {
    const error = await failureThrough(httpProxy.url.replace('http', 'socks5'));
    expect(error).toMatchObject({ hintKey: 'proxy-failure-not-socks5' });
    expect(error.hint).toContain('separate HTTP and SOCKS ports');
  });

  it('notices a SOCKS5 port given as an HTTP proxy', async () => {
    const error = await failureThrough(socksProxy.url.replace('socks5', 'http'));
    expect(error).toMatchObject({ hintKey: 'proxy-failure-reset' });
    expect(error.hint).toContain('an HTTP port is not a SOCKS port');
  });

  it.each([
    [
      'an HTTP proxy that never answers CONNECT',
      () => `http://127.0.0.1:${silentPort}`,
      'https://example.com/v1',
    ],
    ['a SOCKS5 proxy that never answers', () => `socks5h://127.0.0.1:${silentPort}`, 'http://example.com/v1'],
  ])('gives up on %s within the connect timeout', async (_name, proxy, base) => {
    const started = performance.now();
    const error = await failureThrough(proxy(), base);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ hintKey: 'proxy-failure-timeout' });
    expect(error.hint).toBe(
      `No connection to example.com through the proxy ${proxy()} within the connect timeout. Check that the proxy is running and reachable, or raise the connect timeout in Network settings.`,
    );
  });

  it('gives up on a direct endpoint that never completes the TLS handshake', async () => {
    const base = `https://127.0.0.1:${silentPort}/v1`;
    const prepared = await network.prepare(base, { mode: 'none' });
    const { transcript } = await chatThrough(base, prepared);
    expect(transcript.error).toMatchObject({ hintKey: 'connect-timeout' });
    expect(transcript.error?.message).toContain('Connect Timeout Error');
  });
});
