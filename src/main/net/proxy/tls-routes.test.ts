import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileProxy } from '../../../shared/network-schemas.ts';
import { type MockServer, startMockServer } from '../../mock/mock-server.ts';
import { chatThrough, type RoutesForTest, routesForTest } from './test-support/chat-through.ts';
import { type HttpTestProxy, startHttpTestProxy } from './test-support/http-test-proxy.ts';
import { type Socks5TestProxy, startSocks5TestProxy } from './test-support/socks5-test-proxy.ts';
import {
  startTlsTestEndpoint,
  type TestCertificate,
  type TlsTestEndpoint,
  testCaFile,
} from './test-support/tls-test-endpoint.ts';

// The profile's TLS settings must hold on every path: direct, through the CONNECT tunnel of an
// HTTP proxy, and through SOCKS5. Each endpoint presents one of the test-only certificates.

let mock: MockServer;
let httpProxy: HttpTestProxy;
let socksProxy: Socks5TestProxy;
let network: RoutesForTest;
let folder: string;
const endpoints = new Map<string, TlsTestEndpoint>();

beforeAll(async () => {
  mock = await startMockServer({ tokensPerSecond: 0 });
  httpProxy = await startHttpTestProxy();
  socksProxy = await startSocks5TestProxy();
  network = routesForTest();
  folder = mkdtempSync(join(tmpdir(), 'promptwire-tls-'));
});

afterAll(async () => {
  await network.routes.close();
  for (const endpoint of endpoints.values()) await endpoint.close();
  await Promise.all([socksProxy?.close(), httpProxy?.close(), mock?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

async function endpoint(certificate: TestCertificate, sendChain = false): Promise<string> {
  const name = `${certificate}:${sendChain}`;
  let started = endpoints.get(name);
  if (!started) {
    started = await startTlsTestEndpoint({ targetPort: mock.port, certificate, sendChain });
    endpoints.set(name, started);
  }
  return `${started.url}/v1`;
}

const paths: [string, () => ProfileProxy][] = [
  ['direct', () => ({ mode: 'none' })],
  ['through an HTTP proxy', () => ({ mode: 'manual', url: httpProxy.url })],
  ['through a SOCKS5 proxy', () => ({ mode: 'manual', url: socksProxy.url.replace('socks5', 'socks5h') })],
];

describe.each(paths)('TLS %s', (_name, proxy) => {
  it('refuses a certificate from an unknown CA, and says to add the CA or skip knowingly', async () => {
    const base = await endpoint('localhost');
    const { transcript } = await chatThrough(base, await network.prepare(base, proxy()));
    const host = new URL(base).host;
    expect(transcript.error).toMatchObject({ code: 'network-error', hintKey: 'tls-failure-untrusted' });
    expect(transcript.error?.message).toMatch(
      new RegExp(`^Could not reach ${host}: unable to verify the first certificate \\(`),
    );
    expect(transcript.error?.message).not.toContain('--use-system-ca');
    expect(transcript.error?.hint).toContain(`The certificate of ${host} is not trusted`);
    expect(transcript.error?.hint).toContain(
      "add its CA certificate (a PEM file) in the profile's TLS settings",
    );
    expect(transcript.error?.hint).toContain('skip verification for this profile');
  });

  it('trusts it once the CA file is set', async () => {
    const base = await endpoint('localhost');
    const prepared = await network.prepare(base, proxy(), { caFile: testCaFile, skipVerification: false });
    const { transcript } = await chatThrough(base, prepared);
    expect(transcript.error).toBeUndefined();
    expect(transcript.text).toContain('You wrote: "Hello"');
  });

  it('refuses a certificate made for another host name, CA or not', async () => {
    const base = await endpoint('wrong-host');
    const prepared = await network.prepare(base, proxy(), { caFile: testCaFile, skipVerification: false });
    const { transcript } = await chatThrough(base, prepared);
    expect(transcript.error).toMatchObject({ hintKey: 'tls-failure-hostname' });
    expect(transcript.error?.message).toContain(
      "is not in the cert's altnames: DNS:wrong-host.promptwire.test",
    );
    expect(transcript.error?.hint).toContain(`The certificate presented is not for ${new URL(base).host}`);
  });

  it('skips verification when asked, and says so in via', async () => {
    const base = await endpoint('self-signed');
    const prepared = await network.prepare(base, proxy(), { skipVerification: true });
    expect(prepared.via).toMatch(/ \(TLS verification OFF\)$/);
    const { transcript } = await chatThrough(base, prepared);
    expect(transcript.error).toBeUndefined();
    expect(transcript.request?.via).toBe(prepared.via);
  });
});

describe('TLS failures, each produced for real', () => {
  it.each([
    ['expired', false, 'CERT_HAS_EXPIRED', 'tls-failure-expired', 'certificate has expired'],
    ['self-signed', false, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'tls-failure-untrusted', 'self-signed certificate'],
    [
      'localhost',
      true,
      'SELF_SIGNED_CERT_IN_CHAIN',
      'tls-failure-untrusted',
      'self-signed certificate in certificate chain',
    ],
  ] as const)('%s (chain sent: %s) is %s', async (certificate, sendChain, _code, hintKey, text) => {
    const base = await endpoint(certificate, sendChain);
    const tls = certificate === 'expired' ? { caFile: testCaFile, skipVerification: false } : undefined;
    const { transcript } = await chatThrough(base, await network.prepare(base, { mode: 'none' }, tls));
    expect(transcript.error).toMatchObject({ hintKey });
    expect(transcript.error?.message).toContain(text);
  });
});

describe('the CA file', () => {
  it('names a missing file and says what to choose', async () => {
    const missing = join(folder, 'missing.pem');
    const result = await network.routes.prepare({
      url: 'https://api.openai.com/v1',
      proxy: { mode: 'none' },
      tls: { caFile: missing, skipVerification: false },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network-error', hintKey: 'fix-ca-file' } });
    expect(!result.ok && result.error.message).toBe(
      `Could not reach api.openai.com: the CA file ${missing} cannot be used: the file does not exist`,
    );
  });

  it.each([
    [
      'a key instead of a certificate',
      '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
      'holds no PEM certificate',
    ],
    [
      'a damaged certificate',
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n',
      'certificate 1 in it is damaged',
    ],
  ])('refuses %s', async (_name, contents, reason) => {
    const file = join(folder, `${reason.length}.pem`);
    writeFileSync(file, contents);
    const result = await network.routes.prepare({
      url: 'https://api.openai.com/v1',
      proxy: { mode: 'none' },
      tls: { caFile: file, skipVerification: false },
    });
    expect(!result.ok && result.error.message).toContain(reason);
  });
});
