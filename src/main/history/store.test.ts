import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyEntrySchema, historyPageSchema, historySummarySchema } from '../../shared/history-schemas.ts';
import { type HistoryStore, openHistoryStore } from './store.ts';
import { beginInput, fullStream, rateLimited, temporaryDirectory } from './test-fixtures.ts';

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

function addDone(overrides: Parameters<typeof beginInput>[0] = {}, answer = 'ok') {
  const { id } = store.begin(beginInput(overrides));
  store.append(id, [
    { type: 'text-delta', atMs: 1, text: answer },
    { type: 'stream-end', atMs: 2, finishReason: 'stop' },
  ]);
  return id;
}

describe('history store', () => {
  it('keeps every field of an entry across a reopen, and the rows parse with the schemas', () => {
    const begun = store.begin(beginInput({ id: 'e1', startedAt: 1_700_000_000_000 }));
    expect(begun.status).toBe('streaming');
    expect(historySummarySchema.parse(begun)).toEqual(begun);
    store.append('e1', fullStream());
    store.finish('e1', { costUsd: 0.0012 });
    store.close();
    store = openHistoryStore(directory.path);
    const entry = store.get('e1');
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
    const sent = {
      method: 'POST',
      url: 'https://api.openai.com/v1/chat/completions',
      headers: { authorization: 'Bearer sk-…abcd', 'content-type': 'application/json' },
      body: '{"model":"gpt-4o"}',
    };
    expect(entry).toEqual({
      id: 'e1',
      startedAt: 1_700_000_000_000,
      source: 'window',
      profileId: 'openai',
      profileName: 'OpenAI',
      format: 'openai-chat',
      model: 'gpt-4o',
      promptPreview: 'Explain streaming in one line.',
      status: 'done',
      httpStatus: 200,
      durationMs: 1250,
      baseUrl: 'https://api.openai.com/v1',
      request: beginInput().request,
      requestSent: sent,
      responseHeaders: { 'x-request-id': 'req_1' },
      text: 'Streaming sends tokens as they come.',
      reasoning: 'Think…',
      toolCalls: [{ index: 0, id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' }],
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 7, reasoningTokens: 3 },
      costUsd: 0.0012,
      firstTokenMs: 1150,
      totalMs: 1250,
      attempts: [
        {
          attempt: 1,
          startedAtMs: 0,
          via: 'direct',
          error: rateLimited,
          retryInMs: 1000,
          nextKeyLastFour: 'wxyz',
        },
        { attempt: 2, startedAtMs: 1005, via: 'http://proxy:8080', status: 200 },
      ],
      raw: 'data: {"x":1}\n\n',
      rawTruncated: false,
    });
  });

  it('keeps the error of a failed call and marks a cancelled one', () => {
    const failed = store.begin(beginInput()).id;
    store.append(failed, [{ type: 'stream-error', atMs: 9, error: rateLimited }]);
    expect(store.get(failed)).toMatchObject({ status: 'failed', error: rateLimited, durationMs: 9 });
    const cancelled = store.begin(beginInput()).id;
    store.append(cancelled, [{ type: 'text-delta', atMs: 1, text: 'par' }]);
    expect(store.finish(cancelled)?.status).toBe('cancelled');
    expect(store.get(cancelled)?.text).toBe('par');
  });

  it('reports summary changes through onUpdated', () => {
    const seen: string[] = [];
    store.close();
    store = openHistoryStore(directory.path, { onUpdated: (summary) => seen.push(summary.status) });
    addDone();
    expect(seen).toEqual(['streaming', 'done']);
  });

  it('filters by profile, model, status and date range', () => {
    addDone({ startedAt: 1000, profileId: 'a' });
    addDone({ startedAt: 2000, profileId: 'b', model: 'claude' });
    const failed = store.begin(beginInput({ startedAt: 3000 })).id;
    store.append(failed, [{ type: 'stream-error', atMs: 1, error: rateLimited }]);
    const ids = (filter: Parameters<HistoryStore['list']>[0]) =>
      store.list(filter).entries.map((e) => e.startedAt);
    expect(ids({ profileId: 'a' })).toEqual([1000]);
    expect(ids({ model: 'claude' })).toEqual([2000]);
    expect(ids({ status: 'failed' })).toEqual([3000]);
    expect(ids({ from: 1500, to: 3000 })).toEqual([3000, 2000]);
    expect(store.list({ status: 'done' }).total).toBe(2);
  });

  it('pages newest first with a cursor that stays stable when entries are added', () => {
    for (let index = 0; index < 25; index += 1)
      addDone({ id: `id-${String(index).padStart(2, '0')}`, startedAt: 5000 + (index % 5) });
    const seen: string[] = [];
    let page = store.list({}, 10);
    expect(historyPageSchema.parse(page)).toEqual(page);
    expect(page.total).toBe(25);
    seen.push(...page.entries.map((entry) => entry.id));
    addDone({ startedAt: 9999 });
    while (page.nextCursor) {
      page = store.list({}, 10, page.nextCursor);
      seen.push(...page.entries.map((entry) => entry.id));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const order = store
      .list({}, 100)
      .entries.filter((entry) => entry.startedAt < 9999)
      .map((entry) => entry.id);
    expect(seen).toEqual(order);
    expect(() => store.list({}, 10, 'nonsense')).toThrow(/cursor/);
  });

  it('deletes by id, by filter and all, but never a call still streaming', () => {
    const [first, second, third] = [
      addDone({ profileId: 'x' }),
      addDone({ profileId: 'y' }),
      addDone({ profileId: 'y' }),
    ];
    const running = store.begin(beginInput({ profileId: 'y' })).id;
    expect(store.delete([first, 'missing'])).toBe(1);
    expect(store.get(first)).toBeUndefined();
    expect(store.deleteMatching({ profileId: 'y' })).toBe(2);
    expect(store.get(second)).toBeUndefined();
    expect(store.get(third)).toBeUndefined();
    addDone({}, 'searchable words');
    expect(store.clear()).toBe(1);
    expect(store.list().entries.map((entry) => entry.id)).toEqual([running]);
    expect(store.list({ search: 'searchable' }).total).toBe(0);
  });

  it('applies retention by age and by count', () => {
    const now = 100 * 86_400_000;
    for (let day = 0; day < 10; day += 1) addDone({ startedAt: now - day * 86_400_000 - 1 });
    expect(store.applyRetention({ retentionDays: 5 }, now)).toBe(5);
    expect(store.applyRetention({ retentionEntries: 2 }, now)).toBe(3);
    expect(store.list().entries.map((entry) => entry.startedAt)).toEqual([now - 1, now - 86_400_001]);
    expect(store.applyRetention({}, now)).toBe(0);
  });

  it('exports JSON Lines that parse line by line, newest first, with the filter applied', () => {
    addDone({ startedAt: 1, profileId: 'a' }, 'first\nline');
    addDone({ startedAt: 2, profileId: 'a' }, 'second');
    addDone({ startedAt: 3, profileId: 'b' });
    const { jsonl, count } = store.exportJsonl({ profileId: 'a' });
    expect(count).toBe(2);
    const lines = jsonl.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const entries = lines.map((line) => historyEntrySchema.parse(JSON.parse(line)));
    expect(entries.map((entry) => entry.text)).toEqual(['second', 'first\nline']);
    expect(store.exportJsonl({ profileId: 'none' })).toEqual({ jsonl: '', count: 0 });
  });

  it('exports in parts that continue where the last stopped, none lost or repeated', () => {
    for (let index = 1; index <= 5; index += 1) addDone({ startedAt: index }, `answer ${index}`);
    const texts: string[] = [];
    let before: string | undefined;
    let parts = 0;
    do {
      // A budget of one byte: every part still carries one entry, so the export always moves on.
      const part = store.exportJsonl({}, before, 1);
      texts.push(
        ...part.jsonl
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).text),
      );
      before = part.nextCursor;
      parts += 1;
    } while (before !== undefined);
    expect(parts).toBe(5);
    expect(texts).toEqual(['answer 5', 'answer 4', 'answer 3', 'answer 2', 'answer 1']);
  });

  it('counts a filtered list up to 1,000 and says "at least", unless asked for the exact number', () => {
    for (let index = 0; index < 1005; index += 1) addDone({ startedAt: index + 1 }, 'common word');
    addDone({ startedAt: 5000 }, 'rare word');
    const capped = store.list({ search: 'common' }, 10);
    expect(capped).toMatchObject({ total: 1000, totalAtLeast: true });
    expect(capped.entries).toHaveLength(10);
    expect(store.list({ search: 'common' }, 10, undefined, { exact: true })).toMatchObject({ total: 1005 });
    expect(store.list({ search: 'common' }, 10, undefined, { exact: true }).totalAtLeast).toBeUndefined();
    // A short result is counted from its own rows; the whole history is counted exactly.
    expect(store.list({ search: 'rare' })).toMatchObject({ total: 1 });
    expect(store.list({}, 10)).toMatchObject({ total: 1006 });
    expect(store.list({ profileId: 'openai' }, 10)).toMatchObject({ total: 1000, totalAtLeast: true });
  });

  it('links the call of a comparison pane to its comparison, and lists the calls of one comparison', () => {
    addDone({ source: 'comparison', comparisonId: 'cmp-1', model: 'a' });
    addDone({ source: 'comparison', comparisonId: 'cmp-1', model: 'b' });
    addDone({ model: 'alone' });
    const page = store.list({ comparisonId: 'cmp-1' });
    expect(page.entries.map((entry) => [entry.model, entry.source, entry.comparisonId])).toEqual([
      ['b', 'comparison', 'cmp-1'],
      ['a', 'comparison', 'cmp-1'],
    ]);
    expect(store.list({ model: 'alone' }).entries[0]?.comparisonId).toBeUndefined();
  });

  it('keeps raw bytes up to 2 MB and marks the rest as truncated', () => {
    const { id } = store.begin(beginInput());
    const chunk = `data: ${'é'.repeat(50_000)}\n\n`;
    const events = Array.from({ length: 30 }, (_, index) => ({
      type: 'raw-chunk' as const,
      atMs: index,
      text: chunk,
    }));
    store.append(id, events);
    store.append(id, [{ type: 'stream-end', atMs: 40, finishReason: 'stop' }]);
    const entry = store.get(id);
    expect(entry?.rawTruncated).toBe(true);
    const bytes = Buffer.byteLength(entry?.raw ?? '');
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(2 * 1024 * 1024 - 4);
    expect(entry?.raw.endsWith('\uFFFD')).toBe(false);
  });
});
