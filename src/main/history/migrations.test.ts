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
    expect(migrate(database)).toEqual([1]);
    expect(migrate(database)).toEqual([]);
    const next: Migration[] = [
      ...migrations,
      { version: 2, up: (db) => db.exec('ALTER TABLE entries ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0') },
      {
        version: 3,
        up: (db) => {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(database, next)).toThrow('boom');
    expect(currentVersion(database)).toBe(2);
    expect(database.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    database.close();
  });
});
