import { openSettingsFile, type SettingsFile } from '../settings/settings-file.ts';
import type { StoredProfile } from './stored-profile.ts';

/**
 * The profiles of a data directory, in display order, as `config.json` keeps them under
 * `profiles`. Read on every access because another process may have written the file since.
 */
export interface ProfileSettings {
  list(): StoredProfile[];
  /** Replaces the whole list; the rest of the file (network settings) is kept. */
  save(profiles: StoredProfile[]): void;
}

export function openProfileSettings(dataDirectory: string, file?: SettingsFile): ProfileSettings {
  const settings = file ?? openSettingsFile(dataDirectory);
  return {
    list: () => settings.read().profiles.map((profile) => structuredClone(profile)),
    save(profiles) {
      settings.update((document) => ({ ...document, profiles: profiles.map(withoutUndefined) }));
    },
  };
}

/** conf writes JSON, where an undefined field would vanish anyway; leaving it out keeps equality simple. */
function withoutUndefined(profile: StoredProfile): StoredProfile {
  return Object.fromEntries(
    Object.entries(profile).filter(([, value]) => value !== undefined),
  ) as unknown as StoredProfile;
}
