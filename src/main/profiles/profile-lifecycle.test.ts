import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyStore } from './key-store.ts';
import { createMockEndpoint, type MockEndpoint } from './mock-endpoint.ts';
import { createProfileService, type ProfileService } from './profile-service.ts';
import { openProfileSettings } from './profile-settings.ts';

let dataDirectory: string;
let mocks: MockEndpoint[];

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-lifecycle-'));
  mocks = [];
});

afterEach(async () => {
  for (const mock of mocks) await mock.close();
  rmSync(dataDirectory, { recursive: true, force: true });
});

/** A new instance each call, as a second window or the command line would open the same directory. */
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

function created(result: ReturnType<ProfileService['create']>) {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ids = (profiles: ProfileService) => profiles.list().map((profile) => profile.id);
const configText = () => readFileSync(join(dataDirectory, 'config.json'), 'utf8');
/** The file as the first run leaves it: seeded, before the change under test. */
const seededConfigText = () => {
  service().list();
  return configText();
};

describe('creating a profile from a preset', () => {
  it('takes the preset’s base URL, model and key variable, above the Local mocks, for every instance', () => {
    const deepseek = created(
      service({ DEEPSEEK_API_KEY: 'sk-deepseek-from-env-9999' }).create({ presetId: 'deepseek' }),
    );
    expect(deepseek).toMatchObject({
      id: 'deepseek',
      name: 'DeepSeek',
      presetId: 'deepseek',
      format: 'openai-compatible',
      baseUrl: 'https://api.deepseek.com/v1',
      defaultModel: 'deepseek-v4-flash',
      key: { configured: true, source: 'environment', lastFour: '9999' },
      builtIn: false,
    });
    expect(ids(service())).toEqual([
      'openai',
      'anthropic',
      'compatible',
      'deepseek',
      'mock',
      'mock-anthropic',
    ]);
  });

  it('makes ids and names unique, and ids plain even from names without Latin letters', () => {
    const profiles = service();
    const first = created(profiles.create({ presetId: 'deepseek' }));
    const second = created(profiles.create({ presetId: 'deepseek' }));
    const chinese = created(profiles.create({ presetId: 'qwen', name: '通义千问' }));
    const named = created(profiles.create({ presetId: 'custom', name: 'Relay: Tokyo (β)' }));
    expect([first.id, first.name]).toEqual(['deepseek', 'DeepSeek']);
    expect([second.id, second.name]).toEqual(['deepseek-2', 'DeepSeek 2']);
    expect([chinese.id, chinese.name]).toEqual(['qwen', '通义千问']);
    expect(named.id).toBe('relay-tokyo');
  });

  it('refuses an unknown preset and names the known ones', () => {
    const result = service().create({ presetId: 'bard' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey: 'choose-preset' } });
    expect(!result.ok && result.error.hint).toContain('deepseek, gemini, qwen');
  });

  it('asks a relay profile for its base URL before sending', async () => {
    const relay = created(service().create({ presetId: 'custom' }));
    expect(relay.baseUrl).toBe('');
    const result = await service().resolveTarget(relay.id);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-base-url', hintKey: 'set-base-url' } });
  });
});

describe('updating a profile', () => {
  it('saves name, base URL, model, headers and prices where a second instance sees them', async () => {
    const profiles = service();
    const relay = created(profiles.create({ presetId: 'custom', name: 'Relay' }));
    const updated = profiles.update({
      profileId: relay.id,
      name: 'Relay (Tokyo)',
      baseUrl: 'https://relay.example.com/v1/',
      defaultModel: 'gpt-4o',
      headers: { 'HTTP-Referer': 'https://promptwire.dev', 'X-Relay-Token': 'rt-0123456789abcdefghij' },
      prices: { 'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 } },
    });
    expect(updated.ok).toBe(true);
    const later = service()
      .list()
      .find((profile) => profile.id === relay.id);
    expect(later).toMatchObject({
      name: 'Relay (Tokyo)',
      baseUrl: 'https://relay.example.com/v1',
      defaultModel: 'gpt-4o',
      headers: { 'HTTP-Referer': 'https://promptwire.dev', 'X-Relay-Token': 'rt-…ghij' },
      prices: { 'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 } },
    });
    // The real value goes out with requests, never to the window.
    const resolved = await service().resolveTarget(relay.id);
    expect(resolved.ok && resolved.value.target.headers).toEqual({
      'HTTP-Referer': 'https://promptwire.dev',
      'X-Relay-Token': 'rt-0123456789abcdefghij',
    });
    expect(JSON.stringify(service().list())).not.toContain('rt-0123456789');
  });

  it('masks credential-looking header values, and keeps the stored value when the mask comes back', async () => {
    const profiles = service();
    const relay = created(profiles.create({ presetId: 'openrouter' }));
    profiles.update({
      profileId: relay.id,
      headers: { Authorization: 'Bearer sk-or-v1-secret-0123456789wxyz', 'X-Title': 'Promptwire' },
    });
    const shown = service()
      .list()
      .find((profile) => profile.id === relay.id)?.headers;
    expect(shown).toEqual({ Authorization: 'Bearer sk-…wxyz', 'X-Title': 'Promptwire' });

    // The window sends back what it showed, with one header changed and one added.
    service().update({
      profileId: relay.id,
      headers: { ...shown, 'X-Title': 'Promptwire 2', 'X-Extra': '1' },
    });
    const resolved = await service({ OPENROUTER_API_KEY: 'sk-or-v1-key-00000000' }).resolveTarget(relay.id);
    expect(resolved.ok && resolved.value.target.headers).toEqual({
      Authorization: 'Bearer sk-or-v1-secret-0123456789wxyz',
      'X-Title': 'Promptwire 2',
      'X-Extra': '1',
    });
    // Replacing the masked value replaces the secret; leaving a header out removes it.
    service().update({
      profileId: relay.id,
      headers: { Authorization: 'Bearer sk-or-v1-new-secret-77777777' },
    });
    const replaced = await service({ OPENROUTER_API_KEY: 'sk-or-v1-key-00000000' }).resolveTarget(relay.id);
    expect(replaced.ok && replaced.value.target.headers).toEqual({
      Authorization: 'Bearer sk-or-v1-new-secret-77777777',
    });
  });

  it.each([
    ['sk-proj-abcdefghijklmnopqrstuvwxyz0123'],
    ['sk-ant-api03-abcdefghijklmnop'],
    ['AIzaSyA-abcdefghijklmnopqrstuvwx'],
    ['9f86d081884c7d659a2feaa0c55ad015.a3BcDeFgHiJkLmNo'],
  ])('refuses the key %s pasted as a base URL without storing or echoing it', (pasted) => {
    const before = seededConfigText();
    const result = service().update({ profileId: 'openai', baseUrl: pasted });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-base-url', hintKey: 'base-url-looks-like-key' },
    });
    expect(!result.ok && result.error.hint).toContain(
      'This looks like an API key; paste it in the key field',
    );
    expect(JSON.stringify(result)).not.toContain(pasted.slice(5, 20));
    expect(configText()).toBe(before);
  });

  it.each([
    [{ 'Bad Header': 'x' }, 'is not a valid header name'],
    [{ 'X-Title:': 'x' }, 'is not a valid header name'],
    [{ Host: 'evil.example' }, 'is set by Promptwire itself'],
    [{ 'X-Title': 'a\r\nX-Injected: 1' }, 'line break'],
    [{ 'x-title': 'a', 'X-Title': 'b' }, 'listed twice'],
  ])('refuses the headers %j, saving nothing of the change', (headers, reason) => {
    const before = seededConfigText();
    const result = service().update({ profileId: 'openai', name: 'Renamed', headers });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey: 'fix-header' } });
    expect(!result.ok && result.error.message).toContain(reason);
    expect(configText()).toBe(before);
  });
});

describe('deleting a profile', () => {
  it('removes it for every instance, forgets its typed keys, and tolerates a second delete', () => {
    const profiles = service();
    const deepseek = created(profiles.create({ presetId: 'deepseek' }));
    profiles.setKey(deepseek.id, 'sk-typed-for-deepseek-0001');
    expect(profiles.remove(deepseek.id)).toEqual({ ok: true, value: { deleted: true } });
    expect(ids(service())).not.toContain(deepseek.id);
    expect(profiles.remove(deepseek.id)).toEqual({ ok: true, value: { deleted: false } });
    const again = created(profiles.create({ presetId: 'deepseek' }));
    expect(again.id).toBe(deepseek.id);
    expect(again.key).toEqual({ configured: false, source: 'none' });
  });

  it('keeps the built-in Local mocks, but lets every other profile go', () => {
    const profiles = service();
    expect(profiles.remove('mock')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'keep-built-in-profile' },
    });
    for (const id of ['openai', 'anthropic', 'compatible']) expect(profiles.remove(id).ok).toBe(true);
    expect(ids(service())).toEqual(['mock', 'mock-anthropic']);
  });
});

describe('--provider on the command line', () => {
  it('takes a preset id as a one-off profile, keyed from the preset’s variable, never saved', async () => {
    const before = seededConfigText();
    const profiles = service({ GEMINI_API_KEY: 'gemini-key-from-env-0123456' });
    const result = await profiles.resolveTarget('gemini', { allowPreset: true });
    expect(result).toMatchObject({
      ok: true,
      value: {
        profile: { id: 'gemini', presetId: 'gemini' },
        target: {
          format: 'openai-compatible',
          baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
          apiKey: 'gemini-key-from-env-0123456',
        },
      },
    });
    expect(result.ok && result.value.keys.current()?.key).toBe('gemini-key-from-env-0123456');
    expect(configText()).toBe(before);
    expect(await profiles.resolveTarget('gemini')).toMatchObject({
      ok: false,
      error: { code: 'unknown-profile' },
    });
  });

  it('prefers a profile over a preset of the same id, and names both lists for an unknown one', async () => {
    const profiles = service({ OPENAI_API_KEY: 'sk-openai-env-key-5555' });
    profiles.update({ profileId: 'openai', baseUrl: 'https://relay.example/v1' });
    const openai = await profiles.resolveTarget('openai', { allowPreset: true });
    expect(openai.ok && openai.value.target.baseUrl).toBe('https://relay.example/v1');
    const missing = await service().resolveTarget('deepseek', { allowPreset: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'missing-key' } });
    expect(!missing.ok && missing.error.hint).toContain('DEEPSEEK_API_KEY');
    const unknown = await profiles.resolveTarget('nowhere', { allowPreset: true });
    expect(!unknown.ok && unknown.error.hint).toMatch(
      /^Choose one of: openai, .*; or a preset: openai, anthropic, deepseek/,
    );
  });
});
