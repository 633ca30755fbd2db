import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyStore } from './key-store.ts';
import { createMockEndpoint, type MockEndpoint } from './mock-endpoint.ts';
import { createProfileService, type ProfileService } from './profile-service.ts';
import { openProfileSettings } from './profile-settings.ts';

let dataDirectory: string;
let mock: MockEndpoint;

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-keys-'));
  mock = createMockEndpoint();
});

afterEach(async () => {
  await mock.close();
  rmSync(dataDirectory, { recursive: true, force: true });
});

function service(environment: NodeJS.ProcessEnv = {}): ProfileService {
  return createProfileService({
    settings: openProfileSettings(dataDirectory),
    keys: createKeyStore(environment),
    mock,
    environment,
  });
}

describe('a profile’s keys', () => {
  it('adds keys to the rotation and shows them as slots, never as keys', () => {
    const profiles = service({ OPENAI_API_KEY: 'sk-environment-key-1234' });
    const added = profiles.addKey('openai', 'sk-added-in-the-app-abcd');
    expect(added.ok && added.value.map((slot) => [slot.lastFour, slot.source, slot.state])).toEqual([
      ['abcd', 'session', 'unused'],
      ['1234', 'environment', 'unused'],
    ]);
    const openAi = profiles.list().find((profile) => profile.id === 'openai');
    expect(openAi?.keys).toEqual(added.ok && added.value);
    expect(openAi?.key).toEqual({ configured: true, source: 'session', lastFour: 'abcd' });
    expect(JSON.stringify(profiles.list())).not.toContain('sk-added');
    profiles.update({ profileId: 'openai', defaultModel: 'gpt-4.1' });
    expect(readFileSync(join(dataDirectory, 'config.json'), 'utf8').includes('sk-added')).toBe(false);
  });

  it('saves a key exactly as typed, or refuses it with the reason; never trims it', () => {
    const profiles = service();
    expect(profiles.addKey('openai', 'sk-abc def')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'key-warning-inner-whitespace' },
    });
    expect(profiles.addKey('openai', 'sk-added-in-the-app-abcd\n')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'key-warning-surrounding-whitespace' },
    });
    expect(profiles.setKey('openai', ' ')).toMatchObject({
      ok: false,
      error: { hintKey: 'key-warning-empty' },
    });
    // Spaces around a header value do travel; the window warned, the user kept them.
    const kept = profiles.addKey('openai', 'sk-added-in-the-app-abcd  ');
    expect(kept.ok && kept.value.map((slot) => slot.lastFour)).toEqual(['cd  ']);
    expect(profiles.checkKey('openai', 'sk-ant-api03-abcdefghijkl')).toMatchObject({
      ok: true,
      value: [{ code: 'anthropic-key-on-openai' }],
    });
  });

  it('removes an added key by id, but explains that the environment’s cannot be removed here', () => {
    const profiles = service({ OPENAI_API_KEY: 'sk-environment-key-1234' });
    const added = profiles.addKey('openai', 'sk-added-in-the-app-abcd');
    const [typed, fromEnvironment] = added.ok ? added.value : [];
    expect(profiles.removeKey('openai', typed?.id ?? '')).toMatchObject({
      ok: true,
      value: [{ source: 'environment' }],
    });
    const refused = profiles.removeKey('openai', fromEnvironment?.id ?? '');
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'remove-environment-key' },
    });
    expect(refused.ok === false && refused.error.hint).toContain('OPENAI_API_KEY');
    expect(profiles.removeKey('openai', 'key_gone')).toMatchObject({
      ok: false,
      error: { hintKey: 'choose-key' },
    });
  });

  it('hands chat runs the live pool, whose current key is the target’s', async () => {
    const profiles = service();
    profiles.addKey('anthropic', 'sk-ant-first-key-0000aaaa');
    profiles.addKey('anthropic', 'sk-ant-second-key-000bbbb');
    const pool = profiles.keyPool('anthropic');
    const first = pool?.current();
    pool?.report(first?.id ?? '', { kind: 'rejected' });
    const resolved = await profiles.resolveTarget('anthropic');
    expect(resolved.ok && resolved.value.target.apiKey).toBe('sk-ant-second-key-000bbbb');
    expect(resolved.ok && resolved.value.profile.keys.map((slot) => slot.state)).toEqual([
      'rejected',
      'unused',
    ]);
    expect(profiles.keyPool('gemini')).toBeUndefined();
  });
});
