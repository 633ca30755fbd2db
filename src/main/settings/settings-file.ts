import { constants, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { isRecord } from '../profiles/stored-profile.ts';
import { normalizeSettings, type SettingsDocument } from './migrate-settings.ts';
import { createSettingsNotices, type SettingsNotices } from './settings-notices.ts';

/**
 * `config.json` of the data directory: the file electron-store reads in Electron and `conf` here,
 * shared by the window, browser mode and the command line. Every read looks at the file again,
 * since another process may have written it; a file that changed is checked before use.
 */
export interface SettingsFile {
  path: string;
  /** The settings now: migrated to the current version, with unusable values left out. */
  read(): SettingsDocument;
  /** Reads, changes and writes the whole document; keys this version does not know survive. */
  update(change: (document: SettingsDocument) => SettingsDocument): SettingsDocument;
  notices: SettingsNotices;
}

/** What writes config.json: electron-store in the desktop app, its base library conf elsewhere. */
export interface SettingsWriter {
  store: Record<string, unknown>;
}

export type OpenSettingsWriter = (dataDirectory: string) => SettingsWriter;

/** conf with the options electron-store uses by default, so both write the same file the same way. */
export const openConfWriter: OpenSettingsWriter = (dataDirectory) =>
  new Conf<Record<string, unknown>>({ cwd: dataDirectory, configName: 'config', clearInvalidConfig: false });

export interface SettingsFileOptions {
  notices?: SettingsNotices;
  /** The desktop app passes electron-store; plain Node (browser mode, the CLI, tests) uses conf. */
  openWriter?: OpenSettingsWriter;
  /** For backup names; a test may fix it. */
  now?: () => Date;
}

/**
 * Opens the settings file, never replacing one silently: a file that is not JSON is copied to
 * `config.json.corrupt-<time>` before the defaults take over, a file with values this version
 * cannot use to `config.json.invalid-<time>` before they are left out, a version-1 file to
 * `config.json.version-1-<time>` before it is migrated; each time a notice says so.
 */
export function openSettingsFile(dataDirectory: string, options: SettingsFileOptions = {}): SettingsFile {
  const path = join(dataDirectory, 'config.json');
  const notices = options.notices ?? createSettingsNotices();
  const now = options.now ?? (() => new Date());
  const openWriter = options.openWriter ?? openConfWriter;
  let writer: SettingsWriter | undefined;
  let checked: { text: string | undefined; document: SettingsDocument } | undefined;

  const readText = (): string | undefined => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };

  const backup = (kind: string): string => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    for (let attempt = 1; ; attempt++) {
      const target = `${path}.${kind}-${stamp}${attempt > 1 ? `-${attempt}` : ''}`;
      try {
        copyFileSync(path, target, constants.COPYFILE_EXCL);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  };

  const write = (document: SettingsDocument): void => {
    // Created only once the file is known to be JSON: conf refuses to open one that is not, and
    // its clearInvalidConfig would empty it without a trace.
    writer ??= openWriter(dataDirectory);
    writer.store = document;
    checked = { text: readText(), document };
  };

  const check = (): SettingsDocument => {
    const text = readText();
    if (checked && checked.text === text) return checked.document;
    const parsed = parseSettings(text);
    if (parsed === 'corrupt') {
      const kept = backup('corrupt');
      // Safe in the backup; gone from here, conf can open the path and write the defaults to it.
      rmSync(path, { force: true });
      notices.add(
        `config.json could not be read (it is not a JSON object), so Promptwire started from its default settings. The file as it was is kept as ${kept}.`,
      );
    }
    const normalized = normalizeSettings(parsed === 'corrupt' ? {} : parsed);
    const { problems, newerVersion } = normalized;
    if (newerVersion !== undefined) {
      notices.add(
        `config.json was written by a newer version of Promptwire (settings version ${newerVersion}). Settings this version does not know are ignored, and saving a change here may drop them.`,
      );
    }
    if (problems.length > 0 && parsed !== 'corrupt') {
      const kept = newerVersion === undefined ? backup('invalid') : undefined;
      notices.add(
        `Some settings in config.json could not be used, so their defaults apply: ${problems.join(', ')}.${kept ? ` The file as it was is kept as ${kept}.` : ''}`,
      );
    } else if (
      parsed !== 'corrupt' &&
      normalized.migratedFrom !== undefined &&
      Object.keys(parsed).length > 0
    ) {
      // Kept for going back to an older Promptwire, which cannot read the new profile list.
      backup(`version-${normalized.migratedFrom}`);
    }
    if (normalized.changed || parsed === 'corrupt') write(normalized.document);
    else checked = { text, document: normalized.document };
    return normalized.document;
  };

  return {
    path,
    notices,
    read: check,
    update(change) {
      const next = change(check());
      write(next);
      return next;
    },
  };
}

function parseSettings(text: string | undefined): Record<string, unknown> | 'corrupt' {
  if (text === undefined || text.trim() === '') return {};
  try {
    // Editors may save a byte order mark, which JSON.parse refuses but is not damage.
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isRecord(parsed) ? parsed : 'corrupt';
  } catch {
    return 'corrupt';
  }
}
