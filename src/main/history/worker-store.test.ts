import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../../shared/history-schemas.ts';
import { openHistoryStore } from './store.ts';
import { beginInput, fullStream, temporaryDirectory } from './test-fixtures.ts';
import { openWorkerStore, type WorkerStore } from './worker-store.ts';

let directory: ReturnType<typeof temporaryDirectory>;
const stores: WorkerStore[] = [];
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  directory.remove();
});

function open(path?: string, options: Parameters<typeof openWorkerStore>[1] = {}): WorkerStore {
  const store = openWorkerStore(path ?? directory.path, options);
  stores.push(store);
  return store;
}

describe('the history store in its worker thread', () => {
  it('writes a call begun on the main thread and answers queries with the same entries', async () => {
    const updates: string[] = [];
    const store = open(directory.path, { onUpdated: (summary) => updates.push(summary.status) });
    await store.ready;
    const begun = store.begin(beginInput({ id: 'w1', startedAt: 1_700_000_000_000 }));
    expect(begun).toMatchObject({
      id: 'w1',
      status: 'streaming',
      promptPreview: 'Explain streaming in one line.',
    });
    store.append('w1', fullStream());
    const finished = await store.call('finish', 'w1', { costUsd: 0.5 });
    expect(finished).toMatchObject({ id: 'w1', status: 'done', httpStatus: 200 });
    expect(updates).toContain('done');

    const entry = await store.call('get', 'w1');
    expect(historyEntrySchema.parse(entry)).toMatchObject({
      text: 'Streaming sends tokens as they come.',
      costUsd: 0.5,
    });
    expect((await store.call('list', { search: 'tokens' }, 10)).entries.map((row) => row.id)).toEqual(['w1']);
    await store.close();
    stores.length = 0;
    // What the worker wrote is in the file for anyone who opens it.
    const direct = openHistoryStore(directory.path);
    expect(direct.get('w1')?.status).toBe('done');
    direct.close();
  });

  it('says why when the database cannot be opened, and every call then fails with that reason', async () => {
    const notADirectory = join(directory.path, 'file');
    writeFileSync(notADirectory, 'x');
    const store = open(notADirectory);
    await expect(store.ready).rejects.toThrow(/EEXIST|ENOTDIR|not a directory|file already exists/i);
    await expect(store.call('list', {}, 10)).rejects.toThrow(
      /EEXIST|ENOTDIR|not a directory|file already exists/i,
    );
    expect(() => store.begin(beginInput())).toThrow();
  });

  it('leaves the live stream of another worker in the same process alone when it opens', async () => {
    const first = open();
    await first.ready;
    first.begin(beginInput({ id: 'live' }));
    first.append('live', [{ type: 'text-delta', atMs: 1, text: 'so far' }]);
    await first.call('list', {}, 1);
    const second = open();
    expect((await second.ready).recovered).toEqual([]);
    expect((await second.call('get', 'live'))?.status).toBe('streaming');
    // Closing the first settles its live entry: the host ended, the stream did not finish.
    await first.close();
    expect((await second.call('get', 'live'))?.status).toBe('interrupted');
    expect((await second.call('get', 'live'))?.text).toBe('so far');
  });
});
