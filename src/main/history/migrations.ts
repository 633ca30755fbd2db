import type { DatabaseSync } from 'node:sqlite';
import { allocateSeq } from './entry-rows.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Forward-only schema migrations, tracked in SQLite's `user_version`. Version 0 is the layout of the
 * early prototype (one `history` table of JSON blobs); a fresh file starts at 0 too, with no tables.
 * To change the schema, append a migration: never edit one that has shipped.
 */
export interface Migration {
  version: number;
  up(database: DatabaseSync): void;
}

const createVersion1 = `
  CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    started_at INTEGER NOT NULL,
    source TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    format TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_preview TEXT NOT NULL,
    status TEXT NOT NULL,
    http_status INTEGER,
    duration_ms REAL,
    -- Which process writes a streaming entry: a dead owner means the entry was interrupted.
    owner_pid INTEGER,
    owner_token TEXT,
    -- Everything else of the HistoryEntry as JSON; the big texts come last so that listing never
    -- reads their overflow pages.
    detail TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    raw_truncated INTEGER NOT NULL DEFAULT 0
  );
  -- seq (the rowid) sorts by start time, and every index ends in the rowid: each of these lists a
  -- profile's, model's or status's entries newest first without sorting.
  CREATE INDEX entries_by_profile ON entries (profile_id);
  CREATE INDEX entries_by_model ON entries (model);
  CREATE INDEX entries_by_status ON entries (status);
  -- Contentless: the texts are stored once, in entries; see search-text.ts for the CJK bigrams.
  CREATE VIRTUAL TABLE entries_fts USING fts5 (
    prompt, answer, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entries_fts WHERE rowid = old.seq;
  END;
`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    up(database) {
      database.exec(createVersion1);
      const legacy = database
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'history'")
        .get();
      if (legacy) migrateFromVersion0(database);
    },
  },
  {
    // Comparisons: each pane's call links to the comparison it was made in.
    version: 2,
    up(database) {
      database.exec(`
        ALTER TABLE entries ADD COLUMN comparison_id TEXT;
        CREATE INDEX entries_by_comparison ON entries (comparison_id) WHERE comparison_id IS NOT NULL;
      `);
    },
  },
];

const summaryKeys = [
  'id',
  'startedAt',
  'source',
  'profileId',
  'profileName',
  'format',
  'model',
  'promptPreview',
  'status',
  'httpStatus',
  'durationMs',
];

/** Version 0 kept `history(id TEXT PRIMARY KEY, started_at INTEGER, entry TEXT)` with JSON entries. */
function migrateFromVersion0(database: DatabaseSync): void {
  const insert = database.prepare(`
    INSERT INTO entries (seq, id, started_at, source, profile_id, profile_name, format, model, prompt_preview,
      status, http_status, duration_ms, detail, text, reasoning, raw, raw_truncated)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const row of database.prepare('SELECT id, started_at, entry FROM history').iterate()) {
    const old = JSON.parse(String(row.entry)) as Record<string, unknown>;
    const { text = '', reasoning = '', raw = '', rawTruncated: _truncated, ...detail } = old;
    // The summary fields become columns; the rest of the entry is the detail JSON.
    for (const key of summaryKeys) delete detail[key];
    const status = old.status === 'streaming' ? 'interrupted' : (old.status ?? 'done');
    const seq = allocateSeq(database, Number(row.started_at));
    insert.run(
      seq,
      String(row.id),
      Number(row.started_at),
      String(old.source ?? 'window'),
      String(old.profileId ?? ''),
      String(old.profileName ?? ''),
      String(old.format ?? 'openai-chat'),
      String(old.model ?? ''),
      String(old.promptPreview ?? ''),
      String(status),
      typeof old.httpStatus === 'number' ? old.httpStatus : null,
      typeof old.durationMs === 'number' ? old.durationMs : null,
      JSON.stringify(detail),
      String(text),
      String(reasoning),
      String(raw),
      old.rawTruncated ? 1 : 0,
    );
    const request = old.request as { system?: string; messages?: { content: string }[] } | undefined;
    writeSearchIndex(database, seq, request, String(text));
  }
  database.exec('DROP TABLE history');
}

export function currentVersion(database: DatabaseSync): number {
  const row = database.prepare('PRAGMA user_version').get();
  return Number(row?.user_version ?? 0);
}

/** Runs every migration above the file's version, each in its own transaction. Returns the versions run. */
export function migrate(database: DatabaseSync, list: readonly Migration[] = migrations): number[] {
  const ran: number[] = [];
  for (const migration of list) {
    if (migration.version <= currentVersion(database)) continue;
    database.exec('BEGIN IMMEDIATE');
    try {
      migration.up(database);
      database.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      database.exec('COMMIT');
    } catch (error) {
      database.exec('ROLLBACK');
      throw error;
    }
    ran.push(migration.version);
  }
  return ran;
}
