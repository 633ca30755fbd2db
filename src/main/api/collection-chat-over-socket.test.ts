import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionView } from '../../shared/collection-contract.ts';
import type { HistoryEntry, HistorySummary } from '../../shared/history-schemas.ts';
import { maskKey } from '../../shared/mask-key.ts';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { type Harness, type SocketClient, startHarness } from '../web/test-harness.ts';

// chat.start for a collection's request: the upstream server must receive the variables filled in
// (environment over collection, secrets from the key store), and the history must keep that.

const relayToken = 'relay-token-from-staging-1234abcd';
const organization = 'org-secret-of-the-collection-5678';

let upstream: LoopbackServer;
let harness: Harness;
let client: SocketClient;
let collectionId: string;

beforeAll(async () => {
  upstream = await startLoopbackServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'relay-model',
        choices: [{ index: 0, message: { role: 'assistant', content: 'Done.' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 12, completion_tokens: 1, total_tokens: 13 },
      }),
    );
  });
});
afterAll(() => upstream.close());

beforeEach(async () => {
  harness = await startHarness({ PROMPTWIRE_COMPATIBLE_API_KEY: 'sk-compatible-test-key-0000' });
  client = await harness.connect();
  await value('profiles.update', {
    profileId: 'compatible',
    baseUrl: `${upstream.origin}/v1`,
    headers: { 'X-Relay-Token': '{{relayToken}}', 'X-Team': '{{team}}', 'X-Org': '{{organization}}' },
  });
  const folder = join(harness.folder, 'prompts', 'Support bot');
  collectionId = (await value<CollectionView>('collections.open', { folder })).id;
  await value('collections.saveVariables', {
    collectionId,
    variables: { company: 'Acme', topic: 'shipping', team: 'support' },
    secrets: [{ name: 'organization', value: organization }],
  });
  await value('collections.saveVariables', {
    collectionId,
    environment: 'staging',
    variables: { topic: 'refund' },
    secrets: [{ name: 'relayToken', value: relayToken }],
  });
  await value('collections.setEnvironment', { collectionId, environment: 'staging' });
});
afterEach(async () => {
  await harness?.close();
});

async function value<T = unknown>(method: string, input: unknown): Promise<T> {
  const result = await client.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function chatInput(requestId: string, withCollection: string | undefined) {
  return {
    requestId,
    profileId: 'compatible',
    ...(withCollection !== undefined && { collectionId: withCollection }),
    request: {
      model: 'relay-model',
      system: 'You answer for {{company}}.',
      messages: [{ role: 'user', content: 'Explain our {{ topic }} policy for {{customer}}.' }],
      stream: false,
    },
  };
}

/** Runs one chat to its end and returns its history entry, once the end is on disk. */
async function chat(requestId: string): Promise<HistoryEntry> {
  const { historyId } = await value<{ historyId: string }>('chat.start', chatInput(requestId, collectionId));
  expect(await client.chatEnd(requestId)).toMatchObject({ type: 'stream-end' });
  await client.waitFor(
    (frame) =>
      frame.kind === 'event' &&
      frame.event === 'history.updated' &&
      (frame.payload as { entry: HistorySummary }).entry.id === historyId &&
      (frame.payload as { entry: HistorySummary }).entry.status !== 'streaming',
  );
  return value<HistoryEntry>('history.get', { id: historyId });
}

describe('chat.start with a collection', () => {
  it('sends the variables filled in: environment over collection, secrets from the key store', async () => {
    const entry = await chat('collection-chat');
    const received = upstream.received.at(-1);
    const body = JSON.parse(received?.body ?? '{}');
    expect(body.messages).toEqual([
      { role: 'system', content: 'You answer for Acme.' },
      // A name no scope defines stays as written, as Postman leaves it.
      { role: 'user', content: 'Explain our refund policy for {{customer}}.' },
    ]);
    expect(received?.headers['x-relay-token']).toBe(relayToken);
    expect(received?.headers['x-team']).toBe('support');
    expect(received?.headers['x-org']).toBe(organization);

    // The history and the Raw tab show what was sent, with secret values hidden in the headers.
    expect(entry.request.system).toBe('You answer for Acme.');
    expect(entry.request.messages[0]?.content).toBe('Explain our refund policy for {{customer}}.');
    expect(entry.requestSent?.headers['x-team']).toBe('support');
    expect(entry.requestSent?.headers['x-org']).toBe(maskKey(organization));
    const sent = client.chatEvents('collection-chat').find((event) => event.type === 'request-sent');
    expect(JSON.stringify(sent)).not.toContain(relayToken);
    expect(JSON.stringify(sent)).not.toContain(organization);
    expect(JSON.parse(String(sent?.body)).messages[1].content).toBe(
      'Explain our refund policy for {{customer}}.',
    );
  });

  it('uses the collection’s own values when no environment is chosen', async () => {
    await value('collections.setEnvironment', { collectionId, environment: null });
    await chat('without-environment');
    const received = upstream.received.at(-1);
    expect(JSON.parse(received?.body ?? '{}').messages[1].content).toContain('our shipping policy');
    // The token belongs to staging only.
    expect(received?.headers['x-relay-token']).toBe('{{relayToken}}');
  });

  it('sends a request without collectionId as written', async () => {
    const started = await client.call('chat.start', chatInput('no-collection', undefined));
    expect(started.ok).toBe(true);
    await client.chatEnd('no-collection');
    const received = upstream.received.at(-1);
    expect(JSON.parse(received?.body ?? '{}').messages[0].content).toBe('You answer for {{company}}.');
    expect(received?.headers['x-team']).toBe('{{team}}');
  });

  it('refuses a collection that is not open before anything is sent or kept', async () => {
    const before = upstream.received.length;
    const closed = '6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const refused = await client.call('chat.start', chatInput('unknown-collection', closed));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-not-open' },
    });
    expect(upstream.received.length).toBe(before);
    const listed = await value<{ total: number }>('history.list', {});
    expect(listed.total).toBe(0);
    // The request id is free again for the next try.
    expect((await client.call('chat.start', chatInput('unknown-collection', collectionId))).ok).toBe(true);
    await client.chatEnd('unknown-collection');
  });
});
