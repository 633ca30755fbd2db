import { runChat } from '../src/main/chat/run-chat.ts';
import { startMockServer } from '../src/main/mock/mock-server.ts';
import { createNetworkRoutes, type PreparedRoute } from '../src/main/net/proxy/network-routes.ts';
import { startHttpTestProxy } from '../src/main/net/proxy/test-support/http-test-proxy.ts';
import { startSocks5TestProxy } from '../src/main/net/proxy/test-support/socks5-test-proxy.ts';
import { startTlsTestEndpoint, testCaFile } from '../src/main/net/proxy/test-support/tls-test-endpoint.ts';
import { defaultNetworkSettings, type ProfileProxy } from '../src/shared/network-schemas.ts';
import { type BenchRow, milliseconds, percentile } from './statistics.ts';

/** One whole chat (request to stream-end) as the app sends it: runChat with the route's dispatcher. */
async function timedChat(baseUrl: string, route: PreparedRoute): Promise<number> {
  const started = performance.now();
  let failed: string | undefined;
  await runChat({
    target: { format: 'openai-chat', baseUrl, apiKey: 'sk-bench' },
    request: { model: 'mock-fast', messages: [{ role: 'user', content: 'Hi' }], stream: true, maxTokens: 8 },
    dispatcher: route.dispatcher,
    via: route.via,
    signal: new AbortController().signal,
    emit: (event) => {
      if (event.type === 'stream-error') failed = event.error.message;
    },
  });
  if (failed) throw new Error(`bench chat failed via ${route.via}: ${failed}`);
  return performance.now() - started;
}

/**
 * Small streamed chats to the mock behind an HTTPS front, direct and through the loopback HTTP
 * proxy (CONNECT tunnel) and SOCKS5 proxy, interleaved in one run. Kept-alive connections are
 * reused on every path, as the app's dispatcher cache does, so this is the per-request cost of a
 * proxy hop, not of opening tunnels.
 */
export async function benchProxyOverhead(rounds = 300): Promise<BenchRow[]> {
  const mock = await startMockServer({ tokensPerSecond: 0 });
  const endpoint = await startTlsTestEndpoint({ targetPort: mock.port });
  const httpProxy = await startHttpTestProxy();
  const socksProxy = await startSocks5TestProxy();
  const routes = createNetworkRoutes({ settings: () => defaultNetworkSettings, environment: {} });
  const baseUrl = `${endpoint.url}/v1`;
  const tls = { caFile: testCaFile, skipVerification: false };
  const prepare = async (proxy: ProfileProxy) => {
    const prepared = await routes.prepare({ url: baseUrl, proxy, tls });
    if (!prepared.ok) throw new Error(prepared.error.message);
    return prepared.value;
  };
  const paths = {
    direct: await prepare({ mode: 'none' }),
    http: await prepare({ mode: 'manual', url: httpProxy.url }),
    socks: await prepare({ mode: 'manual', url: socksProxy.url.replace('socks5', 'socks5h') }),
  };
  const samples: Record<keyof typeof paths, number[]> = { direct: [], http: [], socks: [] };
  try {
    for (let warm = 0; warm < 30; warm++) {
      for (const route of Object.values(paths)) await timedChat(baseUrl, route);
    }
    // Interleaved so drift on a busy machine hits every path alike.
    for (let round = 0; round < rounds; round++) {
      for (const [name, route] of Object.entries(paths) as [keyof typeof paths, PreparedRoute][]) {
        samples[name].push(await timedChat(baseUrl, route));
      }
    }
  } finally {
    await routes.close();
    await Promise.all([socksProxy.close(), httpProxy.close(), endpoint.close(), mock.close()]);
  }
  const direct = percentile(samples.direct, 0.5);
  const row = (measure: string, name: 'http' | 'socks'): BenchRow => {
    const median = percentile(samples[name], 0.5);
    const extra = median - direct;
    return {
      measure,
      baseline: `direct ${milliseconds(direct)}`,
      promptwire: milliseconds(median),
      ratio: `${(median / direct).toFixed(2)}x (+${milliseconds(extra)})`,
      // Both proxies run in this process, so their own work is inside the measure; a real
      // proxy on another machine adds its network round trip on top.
      target: 'extra < 1 ms',
      verdict: extra < 1 ? 'met' : 'missed',
    };
  };
  return [
    row('https chat via HTTP proxy, loopback (median)', 'http'),
    row('https chat via SOCKS5 proxy, loopback (median)', 'socks'),
  ];
}
