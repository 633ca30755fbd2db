import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultNetworkSettings } from '../../shared/network-schemas.ts';
import { openProfileSettings } from '../profiles/profile-settings.ts';
import { openAppSettings } from './app-settings.ts';
import { openSettingsFile } from './settings-file.ts';

let dataDirectory: string;

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-settings-file-'));
});

afterEach(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

const configFile = () => join(dataDirectory, 'config.json');
const stored = () => JSON.parse(readFileSync(configFile(), 'utf8'));
const filesStartingWith = (prefix: string) =>
  readdirSync(dataDirectory).filter((name) => name.startsWith(prefix));
const seededIds = ['openai', 'anthropic', 'compatible', 'mock', 'mock-anthropic'];

describe('the settings file', () => {
  it('seeds the profiles on first run, at version 2', () => {
    const file = openSettingsFile(dataDirectory);
    expect(file.read().profiles.map((profile) => profile.id)).toEqual(seededIds);
    expect(stored().schemaVersion).toBe(2);
    expect(filesStartingWith('config.json.')).toEqual([]);
    expect(file.notices.list()).toEqual([]);
  });

  it.each([
    ['text cut off mid-write', '{ "schemaVersion": 2, "profiles": ['],
    ['JSON that is not an object', '[1, 2, 3]'],
  ])('keeps %s aside, says so, and carries on from the defaults', (_case, text) => {
    writeFileSync(configFile(), text);
    const file = openSettingsFile(dataDirectory);
    const settings = openAppSettings(dataDirectory, { file });
    expect(settings.get().network).toEqual(defaultNetworkSettings);
    expect(file.read().profiles.map((profile) => profile.id)).toEqual(seededIds);

    const [backup, ...others] = filesStartingWith('config.json.corrupt-');
    expect(others).toEqual([]);
    expect(readFileSync(join(dataDirectory, backup ?? ''), 'utf8')).toBe(text);
    expect(file.notices.list()).toEqual([
      `config.json could not be read (it is not a JSON object), so Promptwire started from its default settings. The file as it was is kept as ${join(dataDirectory, backup ?? '')}.`,
    ]);

    // The app goes on working and saving; a second process finds a good file and nothing to report.
    expect(settings.update({ retry: { maxRetries: 1 } }).ok).toBe(true);
    const second = openSettingsFile(dataDirectory);
    expect(openAppSettings(dataDirectory, { file: second }).network().retry.maxRetries).toBe(1);
    expect(second.notices.list()).toEqual([]);
    expect(filesStartingWith('config.json.')).toHaveLength(1);
  });

  it('notices a file broken while the app runs', () => {
    const file = openSettingsFile(dataDirectory);
    openAppSettings(dataDirectory, { file }).update({ timeouts: { connectMs: 4_000 } });
    writeFileSync(configFile(), '{"network": {"timeouts": ');
    expect(openAppSettings(dataDirectory, { file }).network().timeouts.connectMs).toBe(
      defaultNetworkSettings.timeouts.connectMs,
    );
    expect(filesStartingWith('config.json.corrupt-')).toHaveLength(1);
    expect(file.notices.list()).toHaveLength(1);
  });

  it('leaves out values it cannot use one by one, naming each, and keeps the rest', () => {
    writeFileSync(
      configFile(),
      JSON.stringify({
        schemaVersion: 2,
        profiles: [
          {
            id: 'openai',
            name: 'OpenAI (work)',
            presetId: 'openai',
            format: 'openai-chat',
            defaultModel: 'gpt-4.1',
            models: ['gpt-4.1'],
            headers: { 'X-Title': 'Promptwire', 'Bad Header': 'x' },
            prices: {
              'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 },
              'gpt-4o': { inputPerMillion: -1 },
            },
            proxy: { mode: 'pac' },
          },
          { id: 'relay', name: 'Relay', format: 'openai-telepathy', baseUrl: 'https://relay.example/v1' },
          { name: 'no id' },
        ],
        network: { timeouts: { connectMs: 5_000, totalMs: 'long' }, retry: 'twice' },
      }),
    );
    const file = openSettingsFile(dataDirectory);
    const [openai, ...rest] = openProfileSettings(dataDirectory, file).list();
    expect(openai).toEqual({
      id: 'openai',
      name: 'OpenAI (work)',
      presetId: 'openai',
      format: 'openai-chat',
      defaultModel: 'gpt-4.1',
      models: ['gpt-4.1'],
      headers: { 'X-Title': 'Promptwire' },
      prices: { 'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 } },
    });
    // The Local mocks are built in: a hand edit that drops them gets them back.
    expect(rest.map((profile) => profile.id)).toEqual(['mock', 'mock-anthropic']);
    expect(openAppSettings(dataDirectory, { file }).network().timeouts).toEqual({
      ...defaultNetworkSettings.timeouts,
      connectMs: 5_000,
    });

    const [notice] = file.notices.list();
    expect(notice).toContain(
      'profiles[openai].headers.Bad Header, profiles[openai].prices.gpt-4o, profiles[openai].proxy, profiles[relay].format, profiles[2].id, network.timeouts.totalMs, network.retry',
    );
    const [backup] = filesStartingWith('config.json.invalid-');
    expect(notice).toContain(`kept as ${join(dataDirectory, backup ?? '')}`);
    expect(readFileSync(join(dataDirectory, backup ?? ''), 'utf8')).toContain('openai-telepathy');

    // Repaired on disk, so the next process neither reports nor backs up again.
    const second = openSettingsFile(dataDirectory);
    expect(second.read().profiles.map((profile) => profile.id)).toEqual(['openai', 'mock', 'mock-anthropic']);
    expect(second.notices.list()).toEqual([]);
    expect(filesStartingWith('config.json.')).toHaveLength(1);
  });

  it('reads a file from a newer version without rewriting it, and says what that means', () => {
    const newer = `${JSON.stringify({
      schemaVersion: 3,
      profiles: [
        {
          id: 'mock',
          name: 'Local mock',
          presetId: 'mock',
          format: 'openai-chat',
          defaultModel: 'mock-fast',
        },
        { id: 'future', name: 'Future', format: 'openai-realtime' },
      ],
      futureSection: { on: true },
    })}\n`;
    writeFileSync(configFile(), newer);
    const file = openSettingsFile(dataDirectory);
    expect(file.read().profiles.map((profile) => profile.id)).toEqual(['mock', 'mock-anthropic']);
    expect(readFileSync(configFile(), 'utf8')).toBe(newer);
    expect(file.notices.list()[0]).toContain('written by a newer version of Promptwire (settings version 3)');
    expect(filesStartingWith('config.json.')).toEqual([]);
  });

  it('reads a file an editor saved with a byte order mark', () => {
    writeFileSync(configFile(), `\uFEFF${JSON.stringify({ network: { retry: { maxRetries: 4 } } })}`);
    const file = openSettingsFile(dataDirectory);
    expect(openAppSettings(dataDirectory, { file }).network().retry.maxRetries).toBe(4);
    expect(filesStartingWith('config.json.corrupt-')).toEqual([]);
  });
});
