import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../shared/chat-schemas.ts';
import type { MethodName, MethodOutput, ParsedMethodInput } from '../../../shared/contract.ts';
import type { ConnectionTestResult } from '../../../shared/network-schemas.ts';
import type { Result } from '../../../shared/result.ts';
import type { CallContext } from '../../api/call-context.ts';
import { type Api, createApi } from '../../api/create-api.ts';
import { type LoopbackServer, startLoopbackServer } from '../../chat/loopback-test-server.ts';
import { type MockServer, startMockServer } from '../../mock/mock-server.ts';
import { type HttpTestProxy, startHttpTestProxy } from './test-support/http-test-proxy.ts';
import { type Socks5TestProxy, startSocks5TestProxy } from './test-support/socks5-test-proxy.ts';
import { startTlsTestEndpoint, type TlsTestEndpoint, testCaFile } from './test-support/tls-test-endpoint.ts';

// The contract as the window uses it: profiles.update with a proxy, connection.test, chat.start.

let mock: MockServer;
let endpoint: TlsTestEndpoint;
let httpProxy: HttpTestProxy;
let socksProxy: Socks5TestProxy;
let rejecting: LoopbackServer;
let folder: string;
let api: Api;
const events: StreamEvent[] = [];
const context: CallContext = {
  connectionId: 'test-window',
  emit: (name, payload) => {
    if (name === 'chat.event') events.push((payload as { event: StreamEvent }).event);
  },
};

beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  endpoint = await startTlsTestEndpoint({ targetPort: mock.port });
  httpProxy = await startHttpTestProxy();
  socksProxy = await startSocks5TestProxy();
  rejecting = await startLoopbackServer((_request, response) => {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } }),
    );
  });
});

afterAll(async () => {
  await Promise.all([
    rejecting.close(),
    socksProxy.close(),
    httpProxy.close(),
    endpoint.close(),
    mock.close(),
  ]);
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-api-routes-'));
  api = createApi({ transport: 'browser', version: '0.0.0-test', dataDirectory: folder, environment: {} });
  events.length = 0;
});

afterEach(async () => {
  await api.close();
  rmSync(folder, { recursive: true, force: true });
});

async function call<M extends MethodName>(method: M, input: ParsedMethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await api.call(method, input, context)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

async function testConnection(profileId = 'compatible'): Promise<ConnectionTestResult> {
  return call('connection.test', { profileId });
}

describe('connection.test', () => {
  it('reports the endpoint it connected to when direct', async () => {
    await call('profiles.update', { profileId: 'compatible', baseUrl: `${mock.url}/v1` });
    const result = await testConnection();
    expect(result).toMatchObject({
      url: `${mock.url}/v1/models`,
      via: 'direct',
      proxyMode: 'environment',
      resolvedAddress: `127.0.0.1:${mock.port}`,
      status: 200,
    });
    expect(result.error).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThan(0);
  });

  it("reports the HTTP proxy's address when tunnelled through it to an https endpoint", async () => {
    await call('profiles.update', {
      profileId: 'compatible',
      baseUrl: `${endpoint.url}/v1`,
      proxy: { mode: 'manual', url: httpProxy.url },
      tls: { caFile: testCaFile, skipVerification: false },
    });
    const result = await testConnection();
    expect(result).toMatchObject({
      via: httpProxy.url,
      proxyMode: 'manual',
      resolvedAddress: `127.0.0.1:${httpProxy.port}`,
      status: 200,
    });
    expect(httpProxy.tunnels).toContain(`localhost:${endpoint.port}`);
  });

  it("reports the SOCKS5 proxy's address, also on a second test over the kept-alive connection", async () => {
    await call('settings.update', {
      proxy: { mode: 'manual', url: socksProxy.url.replace('socks5', 'socks5h') },
    });
    await call('profiles.update', { profileId: 'compatible', baseUrl: `http://localhost:${mock.port}/v1` });
    for (let round = 0; round < 2; round++) {
      const result = await testConnection();
      expect(result).toMatchObject({
        via: `socks5h://127.0.0.1:${socksProxy.port}`,
        proxyMode: 'manual',
        resolvedAddress: `127.0.0.1:${socksProxy.port}`,
        status: 200,
      });
    }
  });

  it('counts a 401 as reached, with the status and the error', async () => {
    await call('profiles.update', { profileId: 'openai', baseUrl: `${rejecting.origin}/v1` });
    await call('keys.set', { profileId: 'openai', key: 'sk-proj-wrong-key-000000000000' });
    const result = await testConnection('openai');
    expect(result).toMatchObject({
      via: 'direct',
      status: 401,
      resolvedAddress: rejecting.origin.replace('http://', ''),
      error: { code: 'http-error', status: 401 },
    });
    expect(rejecting.received.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(rejecting.received.at(-1)?.headers.authorization).toBe('Bearer sk-proj-wrong-key-000000000000');
  });

  it('explains a 401 by the missing key when the profile has none', async () => {
    await call('profiles.update', { profileId: 'openai', baseUrl: `${rejecting.origin}/v1` });
    const result = await testConnection('openai');
    expect(result).toMatchObject({
      status: 401,
      error: { code: 'missing-key', hintKey: 'set-key', status: 401 },
    });
  });

  it('sends the Anthropic model list request with x-api-key and anthropic-version', async () => {
    await call('profiles.update', { profileId: 'anthropic', baseUrl: rejecting.origin });
    await call('keys.set', { profileId: 'anthropic', key: 'sk-ant-api03-test-key-0123wxyz' });
    const result = await testConnection('anthropic');
    expect(result).toMatchObject({ url: `${rejecting.origin}/v1/models`, status: 401 });
    expect(rejecting.received.at(-1)?.headers).toMatchObject({
      'x-api-key': 'sk-ant-api03-test-key-0123wxyz',
      'anthropic-version': '2023-06-01',
    });
  });

  it('returns a refused proxy as the error of the result, not as a thrown error', async () => {
    await call('profiles.update', {
      profileId: 'compatible',
      baseUrl: `${mock.url}/v1`,
      proxy: { mode: 'manual', url: 'http://127.0.0.1:9' },
    });
    const result = await testConnection();
    expect(result).toMatchObject({ via: 'http://127.0.0.1:9', error: { hintKey: 'proxy-failure-refused' } });
    expect(result.status).toBeUndefined();
    expect(result.resolvedAddress).toBeUndefined();
  });
});

describe('chat.start', () => {
  it('sends through the profile proxy and says so on request-sent', async () => {
    await call('profiles.update', {
      profileId: 'compatible',
      baseUrl: `${endpoint.url}/v1`,
      defaultModel: 'mock-fast',
      proxy: { mode: 'manual', url: httpProxy.url },
      tls: { caFile: testCaFile, skipVerification: false },
    });
    await call('chat.start', {
      requestId: 'r1',
      profileId: 'compatible',
      request: { model: 'mock-fast', messages: [{ role: 'user', content: 'Hello' }], stream: true },
    });
    await until(() => events.some((event) => event.type === 'stream-end' || event.type === 'stream-error'));
    expect(events.find((event) => event.type === 'request-sent')).toMatchObject({ via: httpProxy.url });
    expect(events.at(-1)).toMatchObject({ type: 'stream-end' });
  });

  it('refuses to start when the proxy cannot be used, naming where it came from', async () => {
    await api.close();
    const environment = { HTTP_PROXY: 'socks4://127.0.0.1:1080' };
    api = createApi({ transport: 'browser', version: '0.0.0-test', dataDirectory: folder, environment });
    await call('profiles.update', { profileId: 'compatible', baseUrl: `${mock.url}/v1` });
    const result = await api.call(
      'chat.start',
      {
        requestId: 'r2',
        profileId: 'compatible',
        request: { model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true },
      },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'network-error', hintKey: 'use-socks5' } });
    expect(!result.ok && result.error.message).toContain('(from HTTP_PROXY)');
  });
});

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
