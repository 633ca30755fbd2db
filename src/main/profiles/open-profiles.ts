import type { MockServerOptions } from '../mock/mock-server.ts';
import { openSettingsFile, type SettingsFile } from '../settings/settings-file.ts';
import type { SettingsNotices } from '../settings/settings-notices.ts';
import { createKeyStore, type KeyStore } from './key-store.ts';
import { createMockEndpoint } from './mock-endpoint.ts';
import { createProfileService, type ProfileService } from './profile-service.ts';
import { openProfileSettings } from './profile-settings.ts';

export interface OpenProfilesOptions {
  /** Absolute; see resolveDataDirectory. */
  dataDirectory: string;
  environment?: NodeJS.ProcessEnv;
  /** For the in-process mock server behind the mock profiles. */
  mock?: MockServerOptions;
  /** The settings file the app settings use too; opened here when absent. */
  settingsFile?: SettingsFile;
  /** Where keys come from; by default the environment's, and keys typed in for this session. */
  keys?: KeyStore;
}

export interface OpenedProfiles {
  profiles: ProfileService;
  settingsFile: SettingsFile;
  /** What the window and the command line should tell the user about config.json. */
  notices: SettingsNotices;
  /** Stops the in-process mock server if a mock profile started it. */
  close(): Promise<void>;
}

/** The profiles of one data directory, with keys from `environment` and the lazily started mock. */
export function openProfiles(options: OpenProfilesOptions): OpenedProfiles {
  const environment = options.environment ?? process.env;
  const mock = createMockEndpoint(options.mock);
  const settingsFile = options.settingsFile ?? openSettingsFile(options.dataDirectory);
  const profiles = createProfileService({
    settings: openProfileSettings(options.dataDirectory, settingsFile),
    keys: options.keys ?? createKeyStore(environment),
    mock,
    environment,
  });
  return { profiles, settingsFile, notices: settingsFile.notices, close: () => mock.close() };
}
