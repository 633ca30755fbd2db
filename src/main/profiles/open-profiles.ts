import type { MockServerOptions } from '../mock/mock-server.ts';
import { createKeyStore } from './key-store.ts';
import { createMockEndpoint } from './mock-endpoint.ts';
import { createProfileService, type ProfileService } from './profile-service.ts';
import { openProfileSettings } from './profile-settings.ts';

export interface OpenProfilesOptions {
  /** Absolute; see resolveDataDirectory. */
  dataDirectory: string;
  environment?: NodeJS.ProcessEnv;
  /** For the in-process mock server behind the mock profiles. */
  mock?: MockServerOptions;
}

export interface OpenedProfiles {
  profiles: ProfileService;
  /** Stops the in-process mock server if a mock profile started it. */
  close(): Promise<void>;
}

/** The profiles of one data directory, with keys from `environment` and the lazily started mock. */
export function openProfiles(options: OpenProfilesOptions): OpenedProfiles {
  const environment = options.environment ?? process.env;
  const mock = createMockEndpoint(options.mock);
  const profiles = createProfileService({
    settings: openProfileSettings(options.dataDirectory),
    keys: createKeyStore(environment),
    mock,
    environment,
  });
  return { profiles, close: () => mock.close() };
}
