import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry, HistorySummary } from '../../shared/history-schemas.ts';
import { type Harness, type SocketClient, startHarness } from '../web/test-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

function chatInput(requestId: string, model: string, content = 'hi') {
  return {
    requestId,
    profileId: 'mock',
    request: { model, messages: [{ role: 'user', content }], stream: true },
  };
}

/** Starts a chat, waits for its end and for the history row that says it ended. */
async function chat(client: SocketClient, requestId: string, model: string, content?: string) {
  const started = await client.call('chat.start', chatInput(requestId, model, content));
  expect(started.ok).toBe(true);
  const historyId = (started.value as { historyId?: string }).historyId;
  expect(historyId).toEqual(expect.any(String));
  await client.chatEnd(requestId);
  await waitForEnded(client, historyId ?? '');
  return historyId ?? '';
}

function updates(client: SocketClient, id: string): HistorySummary[] {
  return client.frames.flatMap((frame) =>
    frame.kind === 'event' && frame.event === 'history.updated'
      ? [(frame.payload as { entry: HistorySummary }).entry].filter((entry) => entry.id === id)
      : [],
  );
}

async function waitForEnded(client: SocketClient, id: string): Promise<HistorySummary> {
  await client.waitFor(() => updates(client, id).some((entry) => entry.status !== 'streaming'));
  return updates(client, id).at(-1) as HistorySummary;
}

async function entry(client: SocketClient, id: string): Promise<HistoryEntry> {
  const got = await client.call('history.get', { id });
  expect(got.ok).toBe(true);
  return got.value as HistoryEntry;
}

describe('history over the WebSocket, against the in-process mock', () => {
  it('keeps a finished chat with its answer, usage and cost, and says so to every window', async () => {
    const client = await harness.connect();
    const other = await harness.connect();
    await other.call('app.info', {});
    const priced = await client.call('profiles.update', {
      profileId: 'mock',
      prices: { 'mock-fast': { inputPerMillion: 1_000_000, outputPerMillion: 2_000_000 } },
    });
    expect(priced.ok).toBe(true);
    const id = await chat(client, 'kept', 'mock-fast', 'Tell me about herons');
    expect(updates(client, id)[0]).toMatchObject({ id, status: 'streaming', source: 'window' });
    const kept = await entry(client, id);
    const answer = client
      .chatEvents('kept')
      .flatMap((event) => (event.type === 'text-delta' ? [event.text as string] : []))
      .join('');
    expect(kept).toMatchObject({
      status: 'done',
      source: 'window',
      profileId: 'mock',
      model: 'mock-fast',
      format: 'openai-chat',
      text: answer,
      finishReason: 'stop',
      httpStatus: 200,
      promptPreview: 'Tell me about herons',
    });
    expect(kept.request.messages[0]?.content).toBe('Tell me about herons');
    const { inputTokens = 0, outputTokens = 0 } = kept.usage;
    expect(outputTokens).toBeGreaterThan(0);
    expect(kept.costUsd).toBeCloseTo(inputTokens + 2 * outputTokens);
    // The other window's list refreshes too.
    await waitForEnded(other, id);
  });

  it('keeps a rejected call as failed with its status and error', async () => {
    const client = await harness.connect();
    const id = await chat(client, 'rejected', 'mock-error-401');
    const kept = await entry(client, id);
    expect(kept).toMatchObject({
      status: 'failed',
      httpStatus: 401,
      error: { code: 'http-error', status: 401 },
    });
  });

  it('keeps a cancelled call as cancelled with the text received so far', async () => {
    const client = await harness.connect();
    const started = await client.call('chat.start', chatInput('stopped', 'mock-slow'));
    const id = (started.value as { historyId: string }).historyId;
    await client.waitFor(() => client.chatEvents('stopped').some((event) => event.type === 'text-delta'));
    await client.call('chat.cancel', { requestId: 'stopped' });
    await client.chatEnd('stopped');
    expect(await waitForEnded(client, id)).toMatchObject({ status: 'cancelled' });
    const kept = await entry(client, id);
    expect(kept.status).toBe('cancelled');
    expect(kept.text.length).toBeGreaterThan(0);
  });

  it('finds a call by a word of its answer, pages, exports, deletes and clears', async () => {
    const client = await harness.connect();
    const id = await chat(client, 'searched', 'mock-fast', 'Something about kingfishers');
    const found = await client.call('history.list', { search: 'kingfishers' });
    expect(found).toMatchObject({ ok: true, value: { total: 1, entries: [{ id }] } });
    // "watch" is in the mock's answer, not in any prompt.
    const byAnswer = await client.call('history.list', { search: 'watch' });
    expect((byAnswer.value as { entries: HistorySummary[] }).entries.map((row) => row.id)).toContain(id);

    const all = (await client.call('history.list', {})).value as { entries: HistorySummary[]; total: number };
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.entries[0]?.id).toBe(id);
    const first = (await client.call('history.list', { limit: 1 })).value as { nextCursor?: string };
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client.call('history.list', { limit: 1, before: first.nextCursor });
    expect((second.value as { entries: HistorySummary[] }).entries[0]?.id).toBe(all.entries[1]?.id);

    const exported = await client.call('history.export', {});
    const value = exported.value as { fileName: string; jsonl: string; count: number };
    expect(value.fileName).toMatch(/^promptwire-history-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = value.jsonl.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(value.count);
    expect(lines.map((line) => JSON.parse(line).id)).toContain(id);

    expect(await client.call('history.delete', { ids: [id] })).toEqual({ ok: true, value: { deleted: 1 } });
    const gone = await client.call('history.get', { id });
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'history-entry-gone' },
    });
    expect(gone.error?.message).toContain(id);

    const cleared = await client.call('history.clear', { confirm: true });
    expect(cleared).toMatchObject({ ok: true, value: { deleted: all.total - 1 } });
    expect(await client.call('history.list', {})).toMatchObject({
      ok: true,
      value: { total: 0, entries: [] },
    });
  });

  it('keeps the retention in settings and applies it at once', async () => {
    const client = await harness.connect();
    await chat(client, 'old-one', 'mock-fast');
    const newest = await chat(client, 'new-one', 'mock-fast');
    const updated = await client.call('settings.update', { history: { retentionEntries: 1 } });
    expect(updated).toMatchObject({ ok: true, value: { history: { retentionEntries: 1 } } });
    expect(await client.call('settings.get', {})).toMatchObject({
      value: { history: { retentionEntries: 1 } },
    });
    expect(await client.call('history.list', {})).toMatchObject({
      value: { total: 1, entries: [{ id: newest }] },
    });
    await client.call('settings.update', { history: {} });
  });
});
