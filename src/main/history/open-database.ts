import { existsSync, renameSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

export interface HistoryNotice {
  kind: 'corrupt-moved-aside';
  message: string;
  /** Where the unreadable file went. */
  movedTo: string;
  atMs: number;
}

export type IntegrityCheck = 'quick' | 'full' | 'none';

// SQLITE_CORRUPT and SQLITE_NOTADB: the file is not a database we can read; anything else (a
// locked file, a full disk) is not the file's fault and must not cost the user their history.
const corruptCodes = new Set([11, 26]);

function isCorruption(error: unknown): boolean {
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' && corruptCodes.has(code & 0xff);
}

function configure(database: DatabaseSync, check: IntegrityCheck): void {
  database.exec('PRAGMA journal_mode = WAL');
  // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
  database.exec('PRAGMA synchronous = NORMAL');
  if (check !== 'none') {
    const pragma = check === 'full' ? 'integrity_check' : 'quick_check';
    const rows = database.prepare(`PRAGMA ${pragma}(1)`).all();
    const verdict = rows.map((row) => Object.values(row)[0]).join('; ');
    if (verdict !== 'ok') {
      throw Object.assign(new Error(`History database failed ${pragma}: ${verdict}`), { errcode: 11 });
    }
  }
}

function openConfigured(path: string, busyTimeoutMs: number, check: IntegrityCheck): DatabaseSync {
  const database = new DatabaseSync(path, { timeout: busyTimeoutMs });
  try {
    configure(database, check);
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}

/**
 * Opens the history file; when it is not a readable database it is moved aside (with its -wal and
 * -shm, which belong to it) and a fresh one is created, so a damaged file never stops the app. The
 * moved file is kept for the user or a support request, and a notice says where it went.
 */
export function openDatabase(
  path: string,
  busyTimeoutMs: number,
  check: IntegrityCheck,
  notices: HistoryNotice[],
  migrateAndPrepare: (database: DatabaseSync) => void,
): DatabaseSync {
  try {
    const database = openConfigured(path, busyTimeoutMs, check);
    try {
      migrateAndPrepare(database);
      return database;
    } catch (error) {
      database.close();
      throw error;
    }
  } catch (error) {
    if (!isCorruption(error)) throw error;
    const atMs = Date.now();
    const movedTo = `${path}.corrupt-${new Date(atMs).toISOString().replaceAll(':', '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${movedTo}${suffix}`);
    }
    notices.push({
      kind: 'corrupt-moved-aside',
      message: `The history database could not be read (${(error as Error).message}); it was moved to ${movedTo} and a new one was started.`,
      movedTo,
      atMs,
    });
    const database = openConfigured(path, busyTimeoutMs, 'none');
    migrateAndPrepare(database);
    return database;
  }
}
