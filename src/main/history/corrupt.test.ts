import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from './store.ts';
import { temporaryDirectory } from './test-fixtures.ts';

const directory = temporaryDirectory();
afterEach(() => directory.remove());

describe('a damaged history file', () => {
  it('is moved aside with its -wal and -shm, reported, and replaced by a working database', () => {
    const path = join(directory.path, 'history.sqlite');
    const garbage = 'this is not sqlite '.repeat(500);
    writeFileSync(path, garbage);
    writeFileSync(`${path}-wal`, 'wal');
    writeFileSync(`${path}-shm`, 'shm');
    const store = openHistoryStore(directory.path);
    expect(store.notices).toHaveLength(1);
    const [notice] = store.notices;
    expect(notice?.kind).toBe('corrupt-moved-aside');
    expect(notice?.movedTo).toMatch(/history\.sqlite\.corrupt-\d{4}-/);
    expect(readFileSync(notice?.movedTo ?? '', 'utf8')).toBe(garbage);
    // SQLite itself may drop a -wal that does not belong to a readable database; what is left moves.
    expect(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`, 'utf8') === 'wal').toBe(false);
    expect(store.list().total).toBe(0);
    store.close();
    const reopened = openHistoryStore(directory.path);
    expect(reopened.notices).toEqual([]);
    reopened.close();
    expect(
      readdirSync(directory.path).filter((name) => name.includes('corrupt')).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('is moved aside when its pages are damaged behind a valid header', () => {
    const first = openHistoryStore(directory.path, { integrityCheck: 'full' });
    first.close();
    const path = join(directory.path, 'history.sqlite');
    const bytes = readFileSync(path);
    // Keep the 100-byte header, scribble over the schema page.
    bytes.fill(0xa5, 100, Math.min(bytes.length, 4096));
    writeFileSync(path, bytes);
    const store = openHistoryStore(directory.path, { integrityCheck: 'full' });
    expect(store.notices.map((notice) => notice.kind)).toEqual(['corrupt-moved-aside']);
    expect(store.list().total).toBe(0);
    store.close();
  });
});
