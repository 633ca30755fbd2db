import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { createHistoryRecorder, type HistoryWriter } from './recorder.ts';
import { type HistoryStore, openHistoryStore } from './store.ts';
import { beginInput, fullStream, temporaryDirectory } from './test-fixtures.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let store: HistoryStore;
beforeEach(() => {
  directory = temporaryDirectory();
  store = openHistoryStore(directory.path);
});
afterEach(() => {
  store.close();
  directory.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('history recorder', () => {
  it('batches deltas into few writes and writes a terminal event at once', async () => {
    const batches: number[] = [];
    const counting: HistoryWriter = {
      append: (id, events) => {
        batches.push(events.length);
        store.append(id, events);
      },
      finish: (id, outcome) => store.finish(id, outcome),
    };
    const { id } = store.begin(beginInput());
    const recorder = createHistoryRecorder(counting, id, { flushIntervalMs: 50 });
    for (let index = 0; index < 1000; index += 1)
      recorder.record({ type: 'text-delta', atMs: index, text: 'x' });
    expect(batches).toEqual([]);
    await sleep(80);
    expect(batches).toEqual([1000]);
    expect(store.get(id)?.text).toHaveLength(1000);
    recorder.record({ type: 'stream-end', atMs: 2000, finishReason: 'stop' });
    await recorder.flush();
    expect(store.get(id)?.status).toBe('done');
    expect((await recorder.finish({ costUsd: 0.5 }))?.status).toBe('done');
    expect(store.get(id)?.costUsd).toBe(0.5);
  });

  it('writes the same entry as appending the events directly', async () => {
    const direct = store.begin(beginInput({ startedAt: 1 })).id;
    store.append(direct, fullStream());
    const batched = store.begin(beginInput({ startedAt: 1 })).id;
    const recorder = createHistoryRecorder(store, batched);
    for (const event of fullStream()) recorder.record(event);
    await recorder.finish();
    const { id: _a, ...left } = store.get(direct) ?? {};
    const { id: _b, ...right } = store.get(batched) ?? {};
    expect(right).toEqual(left);
  });

  it('reports a failed write instead of throwing into the stream', async () => {
    const errors: unknown[] = [];
    const broken: HistoryWriter = {
      append: () => {
        throw new Error('disk full');
      },
      finish: () => undefined,
    };
    const recorder = createHistoryRecorder(broken, 'x', { onError: (error) => errors.push(error) });
    const event: StreamEvent = { type: 'stream-end', atMs: 1, finishReason: null };
    expect(() => recorder.record(event)).not.toThrow();
    await recorder.finish();
    expect(errors).toHaveLength(1);
  });
});
