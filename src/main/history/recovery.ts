import type { DatabaseSync } from 'node:sqlite';
import { writeSearchIndex } from './search-index.ts';

// A pid can be reused by an unrelated process after a reboot; no real stream runs this long, so an
// older 'streaming' row is interrupted whatever its pid says.
const staleStreamingMs = 24 * 60 * 60 * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks as interrupted every 'streaming' entry whose writer is gone: a dead pid, or this very
 * process with a token of a store instance no longer open. An entry of a live other process (the
 * CLI while the app runs) is left alone. Its text is kept as last flushed and becomes searchable.
 */
export function recoverInterrupted(
  database: DatabaseSync,
  liveTokens: ReadonlySet<string>,
  nowMs: number,
): string[] {
  const rows = database
    .prepare("SELECT seq, id, started_at, owner_pid, owner_token FROM entries WHERE status = 'streaming'")
    .all();
  const interrupt = database.prepare(
    "UPDATE entries SET status = 'interrupted', owner_pid = NULL, owner_token = NULL WHERE seq = ? AND status = 'streaming'",
  );
  const readTexts = database.prepare('SELECT detail, text FROM entries WHERE seq = ?');
  const recovered: string[] = [];
  for (const row of rows) {
    const pid = row.owner_pid === null ? undefined : Number(row.owner_pid);
    const stale = nowMs - Number(row.started_at) > staleStreamingMs;
    const ownedElsewhere = pid !== undefined && pid !== process.pid && isAlive(pid);
    const ownedHere = pid === process.pid && liveTokens.has(String(row.owner_token));
    if (!stale && (ownedElsewhere || ownedHere)) continue;
    database.exec('BEGIN IMMEDIATE');
    try {
      const changed = interrupt.run(row.seq as number).changes;
      if (Number(changed) > 0) {
        const texts = readTexts.get(row.seq as number);
        const { request } = JSON.parse(String(texts?.detail ?? '{}')) as { request?: { messages: [] } };
        writeSearchIndex(database, row.seq as number, request, String(texts?.text ?? ''));
        recovered.push(String(row.id));
      }
      database.exec('COMMIT');
    } catch (error) {
      database.exec('ROLLBACK');
      throw error;
    }
  }
  return recovered;
}
