import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

const appFolderName = 'Promptwire';

/**
 * The folder the app, browser mode and the CLI share. It matches Electron's `userData` for an app
 * named Promptwire, so all three read the same files: an explicit flag wins, then
 * PROMPTWIRE_DATA_DIR, then the platform's usual place.
 */
export function resolveDataDirectory(
  explicit?: string,
  environment: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const chosen = explicit ?? environment.PROMPTWIRE_DATA_DIR;
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(chosen);
  if (platform === 'win32') {
    return join(environment.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  const configHome = environment.XDG_CONFIG_HOME;
  return join(configHome && isAbsolute(configHome) ? configHome : join(home, '.config'), appFolderName);
}
