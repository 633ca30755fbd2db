import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyStore } from '../profiles/key-store.ts';
import { createMockEndpoint, type MockEndpoint } from '../profiles/mock-endpoint.ts';
import { createProfileService, type ProfileService } from '../profiles/profile-service.ts';
import { openProfileSettings } from '../profiles/profile-settings.ts';
import { openAppSettings } from './app-settings.ts';
import { openSettingsFile, type SettingsFile } from './settings-file.ts';

let dataDirectory: string;
let mocks: MockEndpoint[];

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-migrate-'));
  mocks = [];
});

afterEach(async () => {
  for (const mock of mocks) await mock.close();
  rmSync(dataDirectory, { recursive: true, force: true });
});

const configFile = () => join(dataDirectory, 'config.json');

// Written by version 1 (the app before profiles became data): edits over built-in profiles, the
// network settings beside them, and a key of another tool that must survive.
const versionOneFile = {
  profiles: {
    openai: {
      baseUrl: 'https://relay.example.cn/v1',
      defaultModel: 'gpt-4.1',
      proxy: { mode: 'manual', url: 'http://127.0.0.1:7890' },
      tls: { skipVerification: true },
    },
    compatible: { baseUrl: 'https://api.deepseek.com/v1', defaultModel: 'deepseek-chat' },
    mock: { defaultModel: 'mock-fast' },
  },
  network: {
    proxy: { mode: 'system' },
    timeouts: { connectMs: 5000 },
    retry: { maxRetries: 5 },
  },
  windowBounds: { width: 1200, height: 800 },
};

function open(environment: NodeJS.ProcessEnv = {}): { profiles: ProfileService; file: SettingsFile } {
  const file = openSettingsFile(dataDirectory);
  const mock = createMockEndpoint();
  mocks.push(mock);
  const profiles = createProfileService({
    settings: openProfileSettings(dataDirectory, file),
    keys: createKeyStore(environment),
    mock,
    environment,
  });
  return { profiles, file };
}

const byId = (profiles: ProfileService) =>
  Object.fromEntries(profiles.list().map((profile) => [profile.id, profile]));

describe('a version-1 config.json', () => {
  it('becomes version 2 on open, keeping every edit, the network settings and foreign keys', () => {
    writeFileSync(configFile(), JSON.stringify(versionOneFile, null, 2));
    const { profiles, file } = open({ ANTHROPIC_BASE_URL: 'https://anthropic-relay.example' });

    const summaries = byId(profiles);
    expect(Object.keys(summaries)).toEqual(['openai', 'anthropic', 'compatible', 'mock', 'mock-anthropic']);
    expect(summaries.openai).toMatchObject({
      baseUrl: 'https://relay.example.cn/v1',
      defaultModel: 'gpt-4.1',
      proxy: { mode: 'manual', url: 'http://127.0.0.1:7890' },
      tls: { skipVerification: true },
      presetId: 'openai',
    });
    expect(summaries.compatible).toMatchObject({
      baseUrl: 'https://api.deepseek.com/v1',
      defaultModel: 'deepseek-chat',
      name: 'OpenAI-compatible endpoint',
    });
    expect(summaries.mock?.defaultModel).toBe('mock-fast');
    // Unedited, so its variable still decides, as before the migration.
    expect(summaries.anthropic).toMatchObject({
      baseUrl: 'https://anthropic-relay.example',
      defaultModel: 'claude-sonnet-4-5',
    });

    const stored = JSON.parse(readFileSync(configFile(), 'utf8'));
    expect(stored.schemaVersion).toBe(2);
    expect(stored.profiles.map((profile: { id: string }) => profile.id)).toEqual(Object.keys(summaries));
    expect(stored.network).toEqual(versionOneFile.network);
    expect(stored.windowBounds).toEqual(versionOneFile.windowBounds);
    expect(openAppSettings(dataDirectory).network().retry.maxRetries).toBe(5);
    expect(file.notices.list()).toEqual([]);

    const backups = readdirSync(dataDirectory).filter((name) => name.startsWith('config.json.version-1-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dataDirectory, backups[0] ?? ''), 'utf8'))).toEqual(versionOneFile);
  });

  it('is migrated once: a second instance reads version 2 as it is', () => {
    writeFileSync(configFile(), JSON.stringify(versionOneFile));
    open().profiles.update({ profileId: 'anthropic', defaultModel: 'claude-haiku-4-5' });
    const migrated = readFileSync(configFile(), 'utf8');

    const second = open();
    expect(byId(second.profiles).anthropic?.defaultModel).toBe('claude-haiku-4-5');
    expect(byId(second.profiles).openai?.defaultModel).toBe('gpt-4.1');
    expect(readFileSync(configFile(), 'utf8')).toBe(migrated);
    expect(readdirSync(dataDirectory).filter((name) => name.startsWith('config.json.'))).toHaveLength(1);
  });

  it('keeps the good edits of a hand-edited file and names the ones it drops', () => {
    writeFileSync(
      configFile(),
      JSON.stringify({
        profiles: {
          openai: {
            defaultModel: 'gpt-4.1',
            proxy: { mode: 'pac' },
            baseUrl: 'sk-proj-pasted-key-0123456789',
          },
          gemini: { defaultModel: 'gemini-2.5-pro' },
        },
      }),
    );
    const { profiles, file } = open();
    expect(byId(profiles).openai).toMatchObject({
      defaultModel: 'gpt-4.1',
      proxy: { mode: 'default' },
      baseUrl: 'https://api.openai.com/v1',
    });
    const [notice] = file.notices.list();
    expect(notice).toContain('profiles.openai.proxy, profiles.openai.baseUrl, profiles.gemini');
    expect(notice).toContain('config.json.invalid-');
    // A key pasted into the base URL is never carried into the new file.
    expect(readFileSync(configFile(), 'utf8')).not.toContain('sk-proj-pasted');
  });
});
