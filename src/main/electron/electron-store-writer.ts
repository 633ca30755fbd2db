import ElectronStore from 'electron-store';
import type { OpenSettingsWriter } from '../settings/settings-file.ts';

/**
 * The desktop app writes config.json through electron-store, in the shared data directory (not
 * userData's default) so browser mode and the command line, which use conf, read the same file.
 */
export const openElectronStoreWriter: OpenSettingsWriter = (dataDirectory) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: dataDirectory,
    name: 'config',
    clearInvalidConfig: false,
  });
