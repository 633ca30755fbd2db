import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { promptText } from './entry-rows.ts';
import { toIndexText } from './search-text.ts';

type IndexedRequest = Parameters<typeof promptText>[0];

const statements = new WeakMap<DatabaseSync, StatementSync>();

/**
 * Writes an entry's searchable text. A contentless-delete FTS5 table can only replace whole rows,
 * so prompt and answer are always written together. The answer is indexed when a stream ends (or is
 * found interrupted), not on every flush: rewriting a long answer's tokens four times a second
 * would cost more than the few seconds of not finding a running answer.
 */
export function writeSearchIndex(
  database: DatabaseSync,
  seq: number | bigint,
  request: IndexedRequest,
  answer: string,
): void {
  let statement = statements.get(database);
  if (!statement) {
    statement = database.prepare(
      'INSERT OR REPLACE INTO entries_fts (rowid, prompt, answer) VALUES (?, ?, ?)',
    );
    statements.set(database, statement);
  }
  statement.run(seq, toIndexText(promptText(request)), toIndexText(answer));
}
