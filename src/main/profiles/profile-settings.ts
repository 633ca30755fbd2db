import Conf from 'conf';
import { z } from 'zod';
import { profileProxySchema, tlsSettingsSchema } from '../../shared/network-schemas.ts';

const profileEditFields = {
  baseUrl: z.string().min(1),
  defaultModel: z.string().min(1),
  proxy: profileProxySchema,
  tls: tlsSettingsSchema,
};
const profileEditSchema = z.object(profileEditFields).partial();
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
    for (const [profileId, value] of Object.entries(raw)) edits[profileId] = readEdit(value);
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

/** Field by field, so one bad value (a proxy mode from a newer version) costs only that field. */
function readEdit(value: unknown): ProfileEdit {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const stored = value as Record<string, unknown>;
  const edit: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(profileEditFields)) {
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) edit[field] = parsed.data;
  }
  return edit as ProfileEdit;
}
