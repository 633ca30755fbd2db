import Conf from 'conf';
import { z } from 'zod';

const profileEditSchema = z.object({
  baseUrl: z.string().min(1).optional(),
  defaultModel: z.string().min(1).optional(),
});
export type ProfileEdit = z.infer<typeof profileEditSchema>;

type SettingsFile = { profiles?: unknown };

/**
 * The user's edits to profiles, in `config.json` of the data directory: the same file
 * electron-store uses, so the window, browser mode and the CLI see one set of edits. The file is
 * read on every access because another process may have written it since.
 */
export interface ProfileSettings {
  read(profileId: string): ProfileEdit;
  write(profileId: string, edit: ProfileEdit): void;
}

export function openProfileSettings(dataDirectory: string): ProfileSettings {
  // A hand-edited file with a typo must not stop the app; bad entries are ignored one by one.
  const store = new Conf<SettingsFile>({
    cwd: dataDirectory,
    configName: 'config',
    clearInvalidConfig: true,
  });

  const readAll = (): Record<string, ProfileEdit> => {
    const raw = store.get('profiles');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const edits: Record<string, ProfileEdit> = {};
    for (const [profileId, value] of Object.entries(raw)) {
      const parsed = profileEditSchema.safeParse(value);
      if (parsed.success) edits[profileId] = parsed.data;
    }
    return edits;
  };

  return {
    read: (profileId) => readAll()[profileId] ?? {},
    write(profileId, edit) {
      const all = readAll();
      const cleaned = Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined));
      if (Object.keys(cleaned).length === 0) delete all[profileId];
      else all[profileId] = cleaned;
      store.set('profiles', all);
    },
  };
}
