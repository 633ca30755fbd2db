import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyStore } from './key-store.ts';
import { createMockEndpoint, type MockEndpoint } from './mock-endpoint.ts';
import { createProfileService, mockNotStartedBaseUrl, type ProfileService } from './profile-service.ts';
import { openProfileSettings } from './profile-settings.ts';

let dataDirectory: string;
let mocks: MockEndpoint[];

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-profiles-'));
  mocks = [];
});

afterEach(async () => {
  for (const mock of mocks) await mock.close();
  rmSync(dataDirectory, { recursive: true, force: true });
});

function service(environment: NodeJS.ProcessEnv = {}): ProfileService {
  const mock = createMockEndpoint();
  mocks.push(mock);
  return createProfileService({
    settings: openProfileSettings(dataDirectory),
    keys: createKeyStore(environment),
    mock,
    environment,
  });
}

describe('profiles', () => {
  it('lists the built-in profiles with their defaults', () => {
    const profiles = service().list();
    const byId = Object.fromEntries(profiles.map((profile) => [profile.id, profile]));
    expect(profiles.map((profile) => profile.id)).toEqual([
      'openai',
      'anthropic',
      'compatible',
      'mock',
      'mock-anthropic',
    ]);
    // Only the Local mocks are built in; the vendor profiles are data the user may delete.
    expect(byId.openai).toMatchObject({
      format: 'openai-chat',
      baseUrl: 'https://api.openai.com/v1',
      presetId: 'openai',
      headers: {},
      prices: {},
      builtIn: false,
    });
    expect(byId.mock?.builtIn).toBe(true);
    expect(byId.openai?.key).toEqual({ configured: false, source: 'none' });
    expect(byId.anthropic).toMatchObject({
      format: 'anthropic-messages',
      baseUrl: 'https://api.anthropic.com',
    });
    expect(byId.compatible).toMatchObject({
      format: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:11434/v1',
    });
    expect(byId.mock).toMatchObject({
      baseUrl: mockNotStartedBaseUrl,
      key: { configured: false, source: 'not-needed' },
    });
    expect(byId.mock?.models).toContain('mock-error-401');
    expect(byId.mock?.models).toContain(byId.mock?.defaultModel);
  });

  it('takes base URLs and keys from the environment, and ignores empty variables', () => {
    const profiles = service({
      OPENAI_BASE_URL: 'https://relay.example/v1/',
      OPENAI_API_KEY: 'sk-environment-key-1234',
      ANTHROPIC_API_KEY: '',
    }).list();
    expect(profiles[0]).toMatchObject({
      baseUrl: 'https://relay.example/v1',
      key: { configured: true, source: 'environment', lastFour: '1234' },
    });
    expect(profiles[1]?.key).toEqual({ configured: false, source: 'none' });
  });

  it('keeps a typed key out of config.json and shows only its last four characters', () => {
    const profiles = service();
    profiles.update({ profileId: 'anthropic', defaultModel: 'claude-haiku-4-5' });
    const set = profiles.setKey('anthropic', 'sk-ant-typed-key-abcd');
    expect(set).toEqual({ ok: true, value: { configured: true, source: 'session', lastFour: 'abcd' } });
    expect(JSON.stringify(profiles.list())).not.toContain('sk-ant-typed');
    expect(readFileSync(join(dataDirectory, 'config.json'), 'utf8').includes('sk-ant')).toBe(false);
    expect(profiles.clearKey('anthropic')).toEqual({
      ok: true,
      value: { configured: false, source: 'none' },
    });
  });

  it('lets a typed key win over the environment, and falls back to it once cleared', () => {
    const profiles = service({ OPENAI_API_KEY: 'sk-environment-key-1234' });
    expect(profiles.setKey('openai', 'sk-typed-in-the-app-9876')).toEqual({
      ok: true,
      value: { configured: true, source: 'session', lastFour: '9876' },
    });
    expect(profiles.clearKey('openai')).toEqual({
      ok: true,
      value: { configured: true, source: 'environment', lastFour: '1234' },
    });
  });

  it('saves edits in the data directory, where another process sees them', () => {
    const updated = service().update({
      profileId: 'compatible',
      baseUrl: 'https://api.deepseek.com/v1/',
      defaultModel: 'deepseek-chat',
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { baseUrl: 'https://api.deepseek.com/v1', defaultModel: 'deepseek-chat' },
    });
    const later = service()
      .list()
      .find((profile) => profile.id === 'compatible');
    expect(later).toMatchObject({ baseUrl: 'https://api.deepseek.com/v1', defaultModel: 'deepseek-chat' });
    const reset = service().update({ profileId: 'compatible', baseUrl: 'http://127.0.0.1:11434/v1' });
    expect(reset.ok && reset.value.baseUrl).toBe('http://127.0.0.1:11434/v1');
    // Saving the default base URL again removes the edit, so the default (and its variable) applies.
    const stored = JSON.parse(readFileSync(join(dataDirectory, 'config.json'), 'utf8'));
    expect(stored.schemaVersion).toBe(2);
    const compatible = stored.profiles.find((profile: { id: string }) => profile.id === 'compatible');
    expect(compatible).toMatchObject({ id: 'compatible', presetId: 'custom', defaultModel: 'deepseek-chat' });
    expect(compatible).not.toHaveProperty('baseUrl');
  });

  it.each(['ftp://example.com', 'api.openai.com/v1', 'javascript:alert(1)', 'https://example.com/v1?x=1'])(
    'refuses the base URL %s',
    (baseUrl) => {
      const result = service().update({ profileId: 'openai', baseUrl });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-base-url', hint: 'Use a full URL such as https://api.openai.com/v1.' },
      });
    },
  );

  it('refuses an unknown profile and names the known ones', async () => {
    const result = await service().resolveTarget('gemini');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-profile' } });
    expect(result.ok === false && result.error.hint).toContain(
      'openai, anthropic, compatible, mock, mock-anthropic',
    );
  });

  it('asks for a key, naming the variable, before sending to a vendor that needs one', async () => {
    const result = await service().resolveTarget('openai');
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-key', hintKey: 'set-key' } });
    expect(result.ok === false && result.error.hint).toContain('OPENAI_API_KEY');
  });

  it('sends to a compatible endpoint without a key', async () => {
    const result = await service().resolveTarget('compatible');
    expect(result).toMatchObject({
      ok: true,
      value: { target: { format: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1' } },
    });
    expect(result.ok && 'apiKey' in result.value.target).toBe(false);
  });

  it('uses a one-off base URL without saving it', async () => {
    const profiles = service({ OPENAI_API_KEY: 'sk-test-key-0000' });
    const result = await profiles.resolveTarget('openai', { baseUrl: 'http://127.0.0.1:9/v1' });
    expect(result).toMatchObject({
      ok: true,
      value: { target: { baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'sk-test-key-0000' } },
    });
    expect(profiles.list()[0]?.baseUrl).toBe('https://api.openai.com/v1');
  });
});
