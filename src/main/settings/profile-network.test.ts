import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCaFile } from '../net/proxy/test-support/tls-test-endpoint.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { createMockEndpoint, type MockEndpoint } from '../profiles/mock-endpoint.ts';
import { createProfileService, type ProfileService } from '../profiles/profile-service.ts';
import { openProfileSettings } from '../profiles/profile-settings.ts';

let dataDirectory: string;
let mocks: MockEndpoint[];

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-profile-network-'));
  mocks = [];
});

afterEach(async () => {
  for (const mock of mocks) await mock.close();
  rmSync(dataDirectory, { recursive: true, force: true });
});

function service(): ProfileService {
  const mock = createMockEndpoint();
  mocks.push(mock);
  return createProfileService({
    settings: openProfileSettings(dataDirectory),
    keys: createKeyStore({}),
    mock,
    environment: {},
  });
}

const summary = (profiles: ProfileService, id: string) =>
  profiles.list().find((profile) => profile.id === id);
const storedProfile = (id: string) =>
  JSON.parse(readFileSync(join(dataDirectory, 'config.json'), 'utf8')).profiles.find(
    (profile: { id: string }) => profile.id === id,
  );

describe('proxy and TLS per profile', () => {
  it('follows the global proxy and verifies certificates by default; the in-process mock goes direct', () => {
    const profiles = service();
    expect(summary(profiles, 'openai')).toMatchObject({
      proxy: { mode: 'default' },
      tls: { skipVerification: false },
    });
    expect(summary(profiles, 'mock')).toMatchObject({ proxy: { mode: 'none' } });
  });

  it('saves a proxy and TLS settings where another process sees them', () => {
    const updated = service().update({
      profileId: 'compatible',
      proxy: { mode: 'manual', url: 'socks5h://user:p%40ss@127.0.0.1:1080', noProxy: 'localhost' },
      tls: { caFile: testCaFile, skipVerification: false },
    });
    expect(updated).toMatchObject({ ok: true, value: { proxy: { mode: 'manual' } } });
    expect(summary(service(), 'compatible')).toMatchObject({
      proxy: { mode: 'manual', url: 'socks5h://user:p%40ss@127.0.0.1:1080', noProxy: 'localhost' },
      tls: { caFile: testCaFile, skipVerification: false },
    });
  });

  it('removes the edit when the defaults are saved again', () => {
    const profiles = service();
    profiles.update({ profileId: 'openai', proxy: { mode: 'none' }, tls: { skipVerification: true } });
    profiles.update({ profileId: 'openai', defaultModel: 'gpt-4.1' });
    profiles.update({ profileId: 'openai', proxy: { mode: 'default' }, tls: { skipVerification: false } });
    expect(storedProfile('openai')).toMatchObject({ defaultModel: 'gpt-4.1' });
    expect(storedProfile('openai')).not.toHaveProperty('proxy');
    expect(storedProfile('openai')).not.toHaveProperty('tls');
  });

  it.each([
    [{ mode: 'manual', url: 'socks4a://127.0.0.1:1080' }, 'use-socks5'],
    [{ mode: 'manual', url: 'gopher://proxy:70' }, 'fix-proxy-url'],
    [{ mode: 'manual' }, 'fix-proxy-url'],
  ] as const)('refuses the proxy %j with the hint %s', (proxy, hintKey) => {
    const result = service().update({ profileId: 'openai', proxy });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey } });
  });

  it('refuses a CA file that is missing or not PEM, naming it', () => {
    const missing = join(dataDirectory, 'corp-ca.pem');
    const result = service().update({
      profileId: 'openai',
      tls: { caFile: missing, skipVerification: false },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey: 'fix-ca-file' } });
    expect(!result.ok && result.error.message).toBe(
      `The request was not valid: tls.caFile: ${missing} cannot be used: the file does not exist`,
    );
    writeFileSync(missing, 'not a certificate');
    const notPem = service().update({
      profileId: 'openai',
      tls: { caFile: missing, skipVerification: false },
    });
    expect(!notPem.ok && notPem.error.message).toContain('holds no PEM certificate');
  });

  it('ignores a hand-edited proxy it cannot read, keeping the rest of the profile', () => {
    writeFileSync(
      join(dataDirectory, 'config.json'),
      JSON.stringify({
        profiles: {
          openai: { defaultModel: 'gpt-4.1', proxy: { mode: 'pac' }, tls: { skipVerification: 'yes' } },
        },
      }),
    );
    expect(summary(service(), 'openai')).toMatchObject({
      defaultModel: 'gpt-4.1',
      proxy: { mode: 'default' },
      tls: { skipVerification: false },
    });
  });
});
