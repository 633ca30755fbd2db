import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';

// Owner read and write only. Windows ignores POSIX modes; its per-user profile folder is private.
export const privateFileMode = 0o600;
export const privateDirectoryMode = 0o700;

/** True when a POSIX mode gives the group or others any access. Always false on Windows. */
export function isOpenToOthers(mode: number, platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'win32' && (mode & 0o077) !== 0;
}

/**
 * Creates the folder as owner-only if it does not exist yet. An existing folder keeps its mode:
 * it is the user's (or another part of the app made it), and the files inside are 0600 anyway.
 */
export function ensurePrivateDirectory(path: string): void {
  if (!existsSync(path)) mkdirSync(path, { recursive: true, mode: privateDirectoryMode });
}

function temporaryPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

function writeNewPrivateFile(path: string, data: string | Uint8Array): void {
  const descriptor = openSync(path, 'wx', privateFileMode);
  try {
    writeSync(descriptor, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Replaces `path` in one step (write a 0600 temporary file, then rename over it), so a crash or a
 * full disk leaves the old file or the new one, never half of one.
 */
export function writePrivateFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = temporaryPathFor(path);
  try {
    writeNewPrivateFile(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates `path` with `data` unless it exists, and says whether it did. The content is complete
 * before the name appears (a hard link of a finished temporary file), so another process that
 * races to create the same file reads either nothing or all of it.
 */
export function createPrivateFileOnce(path: string, data: string | Uint8Array): boolean {
  const temporary = temporaryPathFor(path);
  writeNewPrivateFile(temporary, data);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick): an exclusive create still never
    // overwrites, it only leaves a moment in which a racing reader could see a short file.
    return createExclusively(path, data);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createExclusively(path: string, data: string | Uint8Array): boolean {
  try {
    writeNewPrivateFile(path, data);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
