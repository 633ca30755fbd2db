import { describe, expect, it } from 'vitest';
import { resolveDataDirectory } from './data-directory.ts';

describe('resolveDataDirectory', () => {
  it('uses ~/.config/Promptwire on Linux, honouring an absolute XDG_CONFIG_HOME', () => {
    expect(resolveDataDirectory(undefined, {}, 'linux', '/home/ada')).toBe('/home/ada/.config/Promptwire');
    expect(resolveDataDirectory(undefined, { XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe(
      '/xdg/Promptwire',
    );
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(resolveDataDirectory(undefined, { XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/ada')).toBe(
      '/home/ada/.config/Promptwire',
    );
  });

  it("matches Electron's userData on macOS and Windows", () => {
    expect(resolveDataDirectory(undefined, {}, 'darwin', '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Promptwire',
    );
    expect(
      resolveDataDirectory(undefined, { APPDATA: 'C:/Users/ada/AppData/Roaming' }, 'win32', 'C:/Users/ada'),
    ).toBe('C:/Users/ada/AppData/Roaming/Promptwire');
  });

  it('lets --data-dir win over PROMPTWIRE_DATA_DIR, which wins over the platform default', () => {
    const environment = { PROMPTWIRE_DATA_DIR: '/from-environment', XDG_CONFIG_HOME: '/xdg' };
    expect(resolveDataDirectory('/from-flag', environment, 'linux', '/home/ada')).toBe('/from-flag');
    expect(resolveDataDirectory(undefined, environment, 'linux', '/home/ada')).toBe('/from-environment');
    expect(resolveDataDirectory('relative/dir', {}, 'linux', '/home/ada')).toBe(
      `${process.cwd()}/relative/dir`,
    );
  });
});
