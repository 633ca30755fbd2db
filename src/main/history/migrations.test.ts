import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../../shared/history-schemas.ts';
import { currentVersion, type Migration, migrate, migrations } from './migrations.ts';
import { openHistoryStore } from './store.ts';
import { beginInput, temporaryDirectory } from './test-fixtures.ts';

const directory = temporaryDirectory();
afterEach(() => directory.remove());

describe('history migrations', () => {
  it('migrates a version 0 file (one table of JSON entries) to the current schema', () => {
    const path = join(directory.path, 'history.sqlite');
    const old = new DatabaseSync(path);
    old.exec('CREATE TABLE history (id TEXT PRIMARY KEY, started_at INTEGER, entry TEXT)');
    const legacy = {
      ...beginInput(),
      id: 'old-1',
      startedAt: 42,
      model: 'gpt-4o',
      promptPreview: 'Explain streaming in one line.',
      status: 'streaming',
      text: '天气很好 partial answer',
      reasoning: '',
      toolCalls: [],
      finishReason: null,
      usage: {},
      attempts: [],
      raw: '',
      rawTruncated: false,
    };
    old.prepare('INSERT INTO history VALUES (?, ?, ?)').run('old-1', 42, JSON.stringify(legacy));
    old.close();

    const store = openHistoryStore(directory.path);
    const entry = store.get('old-1');
    expect(historyEntrySchema.parse(entry)).toMatchObject({
      id: 'old-1',
      status: 'interrupted',
      startedAt: 42,
    });
    expect(store.list({ search: '天气' }).entries.map((e) => e.id)).toEqual(['old-1']);
    expect(store.list({ search: 'streaming' }).total).toBe(1);
    store.close();
    const check = new DatabaseSync(path);
    expect(currentVersion(check)).toBe(migrations.at(-1)?.version);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'history'").get()).toBeUndefined();
    check.close();
  });

  it('runs only the migrations above the file version and rolls a failed one back', () => {
    const database = new DatabaseSync(':memory:');
    expect(migrate(database)).toEqual([1, 2]);
    expect(migrate(database)).toEqual([]);
    const next: Migration[] = [
      ...migrations,
      { version: 3, up: (db) => db.exec('ALTER TABLE entries ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0') },
      {
        version: 4,
        up: (db) => {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(database, next)).toThrow('boom');
    expect(currentVersion(database)).toBe(3);
    expect(database.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    database.close();
  });

  it('moves a version 1 file to version 2: its entries kept, comparison links filterable', () => {
    const database = new DatabaseSync(':memory:');
    expect(migrate(database, migrations.slice(0, 1))).toEqual([1]);
    database.exec(
      `INSERT INTO entries (seq, id, started_at, source, profile_id, profile_name, format, model, prompt_preview,
         status, detail) VALUES (1, 'old', 1, 'window', 'p', 'P', 'openai-chat', 'm', 'hi', 'done', '{}')`,
    );
    expect(migrate(database)).toEqual([2]);
    database.exec("UPDATE entries SET comparison_id = 'c1' WHERE id = 'old'");
    const row = database.prepare("SELECT id FROM entries WHERE comparison_id = 'c1'").get();
    expect(row?.id).toBe('old');
    database.close();
  });
});
