import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, ComparisonSummary } from '../../shared/comparison-schemas.ts';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import { type Harness, type SocketClient, startHarness } from '../web/test-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** What the window sends to save: everything but savedAt, which the host sets. */
function unsaved(id: string, name: string): Omit<Comparison, 'savedAt'> {
  return {
    id,
    name,
    messages: [{ role: 'user', content: 'Which bird dives best?' }],
    followUps: [],
    panes: ['mock-fast', 'mock-slow'].map((model, index) => ({
      id: `pane-${index}`,
      profileId: 'mock',
      model,
      stream: true,
      view: 'markdown' as const,
      answers: [`Answer of ${model}`],
      historyIds: [`history-${index}`],
    })),
  };
}

async function list(client: SocketClient): Promise<{ comparisons: ComparisonSummary[]; problems: string[] }> {
  const listed = await client.call('comparisons.list', {});
  expect(listed.ok).toBe(true);
  return listed.value as { comparisons: ComparisonSummary[]; problems: string[] };
}

describe('saved comparisons over the WebSocket', () => {
  it('saves, lists, gets and deletes one', async () => {
    const client = await harness.connect();
    const before = Date.now();
    const saved = await client.call('comparisons.save', unsaved('dive-test', 'Diving birds'));
    expect(saved).toMatchObject({
      ok: true,
      value: { id: 'dive-test', name: 'Diving birds', models: ['mock-fast', 'mock-slow'] },
    });
    const savedAt = (saved.value as ComparisonSummary).savedAt;
    expect(savedAt).toBeGreaterThanOrEqual(before);
    expect(savedAt).toBeLessThanOrEqual(Date.now());

    expect(await list(client)).toEqual({
      comparisons: [{ id: 'dive-test', name: 'Diving birds', savedAt, models: ['mock-fast', 'mock-slow'] }],
      problems: [],
    });
    const got = await client.call('comparisons.get', { id: 'dive-test' });
    expect(got).toEqual({ ok: true, value: { ...unsaved('dive-test', 'Diving birds'), savedAt } });

    expect(await client.call('comparisons.delete', { id: 'dive-test' })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(await client.call('comparisons.delete', { id: 'dive-test' })).toEqual({
      ok: true,
      value: { deleted: false },
    });
    expect((await list(client)).comparisons).toEqual([]);
  });

  it('says clearly that a comparison is not there', async () => {
    const client = await harness.connect();
    const missing = await client.call('comparisons.get', { id: 'never-saved' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'comparison-gone' },
    });
    expect(missing.error?.message).toContain('never-saved');
    expect(missing.error?.hint).toContain('deleted in another window');
  });

  it('refuses an id that is not a safe file name, before any file is touched', async () => {
    const client = await harness.connect();
    const escaping = await client.call('comparisons.get', { id: '../config' });
    expect(escaping).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(escaping.error?.message).toContain('letters, digits, - and _');
    const saved = await client.call('comparisons.save', unsaved('../../outside', 'Escape'));
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await client.call('comparisons.delete', { id: 'a/b' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect((await list(client)).comparisons).toEqual([]);
  });

  it('lists the readable ones and names a damaged file', async () => {
    const client = await harness.connect();
    await client.call('comparisons.save', unsaved('readable', 'Readable'));
    writeFileSync(join(harness.folder, 'data', 'comparisons', 'damaged.json'), '{"id": "damaged"');
    const listed = await list(client);
    expect(listed.comparisons.map((summary) => summary.id)).toEqual(['readable']);
    expect(listed.problems).toEqual([expect.stringContaining('damaged.json')]);
    const damaged = await client.call('comparisons.get', { id: 'damaged' });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'internal', hintKey: 'comparison-files' } });
    expect(damaged.error?.message).toContain('damaged.json');
    await client.call('comparisons.delete', { id: 'damaged' });
    await client.call('comparisons.delete', { id: 'readable' });
  });
});

describe('the calls of a comparison in the history', () => {
  function chatInput(requestId: string, model: string, comparisonId?: string) {
    return {
      requestId,
      profileId: 'mock',
      request: { model, messages: [{ role: 'user', content: 'Compare us' }], stream: true },
      ...(comparisonId !== undefined && { comparisonId }),
    };
  }

  async function chat(client: SocketClient, requestId: string, model: string, comparisonId?: string) {
    const started = await client.call('chat.start', chatInput(requestId, model, comparisonId));
    expect(started.ok).toBe(true);
    const { historyId } = started.value as { historyId: string };
    await client.chatEnd(requestId);
    // The row says the call ended once its end is on disk.
    await client.waitFor(
      (frame) =>
        frame.kind === 'event' &&
        frame.event === 'history.updated' &&
        (frame.payload as { entry: HistorySummary }).entry.id === historyId &&
        (frame.payload as { entry: HistorySummary }).entry.status !== 'streaming',
    );
    return historyId;
  }

  it('keeps two panes started with one comparisonId as source comparison, found by it', async () => {
    const client = await harness.connect();
    const [left, right, alone, other] = await Promise.all([
      chat(client, 'pane-left', 'mock-fast', 'birds-1'),
      chat(client, 'pane-right', 'mock-error-401', 'birds-1'),
      chat(client, 'single', 'mock-fast'),
      chat(client, 'other-comparison', 'mock-fast', 'birds-2'),
    ]);

    const found = await client.call('history.list', { comparisonId: 'birds-1' });
    expect(found.ok).toBe(true);
    const { entries, total } = found.value as { entries: HistorySummary[]; total: number };
    expect(total).toBe(2);
    expect(entries.map((entry) => entry.id).sort()).toEqual([left, right].sort());
    for (const entry of entries) {
      expect(entry).toMatchObject({ source: 'comparison', comparisonId: 'birds-1', profileId: 'mock' });
    }
    expect(entries.find((entry) => entry.id === right)?.status).toBe('failed');

    const whole = await client.call('history.get', { id: left });
    expect(whole).toMatchObject({ ok: true, value: { source: 'comparison', comparisonId: 'birds-1' } });
    const single = await client.call('history.get', { id: alone });
    expect(single).toMatchObject({ ok: true, value: { source: 'window' } });
    expect((single.value as HistorySummary).comparisonId).toBeUndefined();
    const elsewhere = await client.call('history.list', { comparisonId: 'birds-2' });
    expect((elsewhere.value as { entries: HistorySummary[] }).entries.map((entry) => entry.id)).toEqual([
      other,
    ]);
  });

  it('refuses a comparisonId that is not a short string', async () => {
    const client = await harness.connect();
    const refused = await client.call('chat.start', chatInput('too-long', 'mock-fast', 'x'.repeat(101)));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
