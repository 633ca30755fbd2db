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
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-settings-'));
});

afterEach(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

const configFile = () => join(dataDirectory, 'config.json');

describe('app settings', () => {
  it('starts from the defaults', () => {
    expect(openAppSettings(dataDirectory).get()).toEqual({
      network: defaultNetworkSettings,
      history: {},
      appearance: { language: 'system', theme: 'system' },
    });
  });

  it('keeps a language and theme, changes one without the other, and reads a bad value as the system', () => {
    const settings = openAppSettings(dataDirectory);
    expect(settings.update({ appearance: { language: 'zh-CN' } }).ok).toBe(true);
    expect(settings.update({ appearance: { theme: 'dark' } }).ok).toBe(true);
    expect(openAppSettings(dataDirectory).get().appearance).toEqual({ language: 'zh-CN', theme: 'dark' });
    const file = join(dataDirectory, 'config.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, appearance: { language: 'klingon', theme: 'dark' } }));
    expect(openAppSettings(dataDirectory).get().appearance).toEqual({ language: 'system', theme: 'dark' });
  });

  it('keeps a change where a second instance (another window, the CLI) reads it', () => {
    const updated = openAppSettings(dataDirectory).update({
      proxy: { mode: 'manual', url: 'socks5h://me:p%40ss@127.0.0.1:1080', noProxy: 'localhost' },
      timeouts: { connectMs: 5_000 },
    });
    expect(updated.ok).toBe(true);
    expect(openAppSettings(dataDirectory).get().network).toEqual({
      proxy: { mode: 'manual', url: 'socks5h://me:p%40ss@127.0.0.1:1080', noProxy: 'localhost' },
      timeouts: { ...defaultNetworkSettings.timeouts, connectMs: 5_000 },
      retry: defaultNetworkSettings.retry,
    });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).network.timeouts.connectMs).toBe(5_000);
  });

  it('merges partial changes over what is stored', () => {
    const settings = openAppSettings(dataDirectory);
    settings.update({ timeouts: { connectMs: 5_000 }, retry: { maxRetries: 5 } });
    settings.update({ timeouts: { idleMs: 60_000 } });
    expect(settings.get().network.timeouts).toMatchObject({ connectMs: 5_000, idleMs: 60_000 });
    expect(settings.get().network.retry.maxRetries).toBe(5);
  });

  it('remembers a manual URL while another mode is chosen', () => {
    const settings = openAppSettings(dataDirectory);
    settings.update({ proxy: { mode: 'manual', url: 'http://127.0.0.1:7890' } });
    settings.update({ proxy: { mode: 'none' } });
    expect(settings.get().network.proxy).toEqual({ mode: 'none', url: 'http://127.0.0.1:7890' });
    expect(settings.update({ proxy: { mode: 'manual', url: '' } })).toMatchObject({ ok: false });
    settings.update({ proxy: { mode: 'none', url: '' } });
    expect(settings.get().network.proxy).toEqual({ mode: 'none' });
  });

  it('refuses a proxy that could not work, and keeps what was there', () => {
    const settings = openAppSettings(dataDirectory);
    const socks4 = settings.update({ proxy: { mode: 'manual', url: 'socks4://127.0.0.1:1080' } });
    expect(socks4).toMatchObject({ ok: false, error: { code: 'invalid-payload', hintKey: 'use-socks5' } });
    expect(!socks4.ok && socks4.error.message).toBe(
      'The request was not valid: proxy.url: the proxy socks4://127.0.0.1:1080 uses SOCKS4, which Promptwire does not support',
    );
    const noUrl = settings.update({ proxy: { mode: 'manual' } });
    expect(noUrl).toMatchObject({ ok: false, error: { hintKey: 'fix-proxy-url' } });
    const scheme = settings.update({ proxy: { mode: 'manual', url: 'ftp://proxy:21' } });
    expect(!scheme.ok && scheme.error.message).toContain('use http://, https://, socks5:// or socks5h://');
    expect(settings.get().network.proxy).toEqual(defaultNetworkSettings.proxy);
  });

  it('ignores hand-edited values field by field instead of failing', () => {
    writeFileSync(
      configFile(),
      JSON.stringify({
        profiles: { openai: { defaultModel: 'gpt-4.1' } },
        network: {
          proxy: { mode: 'pac', url: 'http://x:1' },
          timeouts: { connectMs: -5, idleMs: 1_000, totalMs: 'long' },
          retry: 'twice',
        },
      }),
    );
    expect(openAppSettings(dataDirectory).get().network).toEqual({
      proxy: defaultNetworkSettings.proxy,
      timeouts: { ...defaultNetworkSettings.timeouts, idleMs: 1_000 },
      retry: defaultNetworkSettings.retry,
    });
  });

  it('survives a file that is not JSON at all, keeping it aside and saying so', () => {
    writeFileSync(configFile(), '{ "network": ');
    const file = openSettingsFile(dataDirectory);
    expect(openAppSettings(dataDirectory, { file }).get().network).toEqual(defaultNetworkSettings);
    const backups = readdirSync(dataDirectory).filter((name) => name.startsWith('config.json.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dataDirectory, backups[0] ?? ''), 'utf8')).toBe('{ "network": ');
    expect(file.notices.list()).toEqual([expect.stringContaining(backups[0] ?? '')]);
  });

  it('shares the file with profile edits without losing either', () => {
    const profiles = openProfileSettings(dataDirectory);
    profiles.save(profiles.list().map((profile) => ({ ...profile, defaultModel: 'gpt-4.1' })));
    openAppSettings(dataDirectory).update({ retry: { maxRetries: 0 } });
    expect(openProfileSettings(dataDirectory).list()[0]).toMatchObject({
      id: 'openai',
      defaultModel: 'gpt-4.1',
    });
    expect(openAppSettings(dataDirectory).network().retry.maxRetries).toBe(0);
  });

  it('keeps the history retention next to network, and replaces it as a whole', () => {
    const settings = openAppSettings(dataDirectory);
    settings.update({ history: { retentionDays: 30, retentionEntries: 500 } });
    settings.update({ retry: { maxRetries: 1 } });
    expect(openAppSettings(dataDirectory).history()).toEqual({ retentionDays: 30, retentionEntries: 500 });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).history).toEqual({
      retentionDays: 30,
      retentionEntries: 500,
    });
    // A limit left out is removed: the history is kept forever in that respect.
    expect(settings.update({ history: { retentionDays: 7 } })).toMatchObject({
      ok: true,
      value: { history: { retentionDays: 7 } },
    });
    expect(settings.get().history).toEqual({ retentionDays: 7 });
  });

  it('ignores a hand-edited retention that makes no sense instead of deleting by it', () => {
    writeFileSync(configFile(), JSON.stringify({ history: { retentionDays: -3, retentionEntries: 200 } }));
    expect(openAppSettings(dataDirectory).history()).toEqual({ retentionEntries: 200 });
    writeFileSync(configFile(), JSON.stringify({ history: 'forever' }));
    expect(openAppSettings(dataDirectory).history()).toEqual({});
  });
});
