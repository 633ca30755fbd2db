import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../mock/mock-server.ts';
import { type HttpTestProxy, startHttpTestProxy } from '../net/proxy/test-support/http-test-proxy.ts';
import {
  startTlsTestEndpoint,
  type TlsTestEndpoint,
  testCaFile,
} from '../net/proxy/test-support/tls-test-endpoint.ts';
import { runCli } from './test-cli-process.ts';

let folder: string;
let mock: MockServer;
let endpoint: TlsTestEndpoint;
let proxy: HttpTestProxy;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-cli-network-'));
  mock = await startMockServer({ tokensPerSecond: 0 });
  endpoint = await startTlsTestEndpoint({ targetPort: mock.port });
  proxy = await startHttpTestProxy();
});

afterAll(async () => {
  await Promise.all([proxy.close(), endpoint.close(), mock.close()]);
  rmSync(folder, { recursive: true, force: true });
});

async function send(args: string[], environment: NodeJS.ProcessEnv = {}) {
  const { code, stdout, stderr } = await runCli(
    ['send', '--provider', 'compatible', '--model', 'mock-fast', '--message', 'hi', '--json', ...args],
    join(folder, 'data'),
    environment,
  );
  return { code, output: (stdout ? JSON.parse(stdout) : {}) as Record<string, unknown>, stderr };
}

describe('promptwire send and the network', () => {
  it('sends through --proxy and reports via in --json', async () => {
    const result = await send(['--base-url', `${mock.url}/v1`, '--proxy', proxy.url]);
    expect(result.code).toBe(0);
    expect(result.output).toMatchObject({ via: proxy.url, finishReason: 'stop' });
    expect(proxy.forwarded).toContain(`${mock.url}/v1/chat/completions`);
  });

  it('follows HTTP_PROXY by default, and --no-proxy goes direct anyway', async () => {
    const environment = { HTTP_PROXY: proxy.url };
    const byDefault = await send(['--base-url', `${mock.url}/v1`], environment);
    expect(byDefault.output).toMatchObject({ via: proxy.url });
    const direct = await send(['--base-url', `${mock.url}/v1`, '--no-proxy'], environment);
    expect(direct.output).toMatchObject({ via: 'direct', finishReason: 'stop' });
  });

  it('trusts --ca-file, and warns on stderr for --insecure', async () => {
    const trusted = await send(['--base-url', `${endpoint.url}/v1`, '--ca-file', testCaFile]);
    expect(trusted.output).toMatchObject({ via: 'direct', finishReason: 'stop' });
    const insecure = await send(['--base-url', `${endpoint.url}/v1`, '--insecure']);
    expect(insecure.output).toMatchObject({ via: 'direct (TLS verification OFF)', finishReason: 'stop' });
    expect(insecure.stderr).toContain('Warning: TLS certificate verification is OFF (--insecure)');
  });

  it('refuses an unusable --proxy as a usage mistake', async () => {
    const result = await send(['--proxy', 'socks4://127.0.0.1:1080']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--proxy: the proxy socks4://127.0.0.1:1080 uses SOCKS4');
  });
});
