import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionRequest, CollectionView } from '../../shared/collection-contract.ts';
import { collectionRegistryFileName } from '../collections/collection-registry.ts';
import { type Harness, type SocketClient, startHarness } from '../web/test-harness.ts';

// The collection methods as a window calls them: over the browser-mode socket, on real folders.

let harness: Harness;
let client: SocketClient;
beforeEach(async () => {
  harness = await startHarness();
  client = await harness.connect();
});
afterEach(async () => {
  await harness?.close();
});

const folderNamed = (name: string) => join(harness.folder, 'prompts', name);

async function value<T>(method: string, input: unknown): Promise<T> {
  const result = await client.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const open = (folder: string) => value<CollectionView>('collections.open', { folder });
const list = () =>
  value<{
    collections: CollectionView[];
    problems: { folder: string; problem: string; collectionId?: string }[];
  }>('collections.list', {});

const saved: CollectionRequest = {
  profileId: 'mock',
  request: {
    model: 'mock-fast',
    system: 'You answer for {{company}}.',
    messages: [{ role: 'user', content: 'Explain our {{topic}} policy.' }],
    temperature: 0.2,
    stream: true,
  },
};

describe('opening and closing a collection', () => {
  it('makes the folder and its collection file, and lists it once however often it is opened', async () => {
    const folder = folderNamed('Support bot');
    const opened = await open(folder);
    expect(opened).toEqual({
      id: expect.any(String),
      name: 'Support bot',
      folder,
      variables: { variables: {}, secrets: [] },
      environments: {},
      items: [],
      problems: [],
    });
    const file = JSON.parse(readFileSync(join(folder, 'promptwire-collection.json'), 'utf8'));
    expect(file).toMatchObject({ promptwire: 'collection', version: 1, id: opened.id, name: 'Support bot' });

    expect((await open(`${folder}/`)).id).toBe(opened.id);
    expect((await open(join(folder, '..', 'Support bot'))).id).toBe(opened.id);
    expect(await list()).toEqual({ collections: [opened], problems: [] });

    expect(await value('collections.close', { collectionId: opened.id })).toEqual({ closed: true });
    expect(await value('collections.close', { collectionId: opened.id })).toEqual({ closed: false });
    expect((await list()).collections).toEqual([]);
    // Closing forgets it on this machine only: the files stay.
    expect(existsSync(join(folder, 'promptwire-collection.json'))).toBe(true);
  });

  it('asks for a full path', async () => {
    const refused = await client.call('collections.open', { folder: 'prompts' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-folder-full-path' },
    });
    expect(refused.error?.message).toContain('"prompts" is not a full path');
    expect(refused.error?.hint).toContain('/home/you/prompts');
    expect(refused.error?.hint).toContain('C:\\Users\\you\\prompts');
  });

  it('names a damaged collection file and what is wrong with it, and leaves it as it is', async () => {
    const folder = folderNamed('Damaged');
    await open(folder);
    const damaged = '{"promptwire": "collection", "version": 1, "id": ';
    writeFileSync(join(folder, 'promptwire-collection.json'), damaged);
    const refused = await client.call('collections.open', { folder });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'internal', hintKey: 'collection-file-damaged' },
    });
    expect(refused.error?.message).toContain(join(folder, 'promptwire-collection.json'));
    expect(refused.error?.message).toContain('not valid JSON');
    expect(refused.error?.hint).toContain('restore it from version control');
    expect(readFileSync(join(folder, 'promptwire-collection.json'), 'utf8')).toBe(damaged);

    writeFileSync(join(folder, 'promptwire-collection.json'), '{"promptwire": "collection", "version": 1}');
    const wrongShape = await client.call('collections.open', { folder });
    expect(wrongShape.error?.message).toContain('the field "id" is wrong');
  });

  it('keeps a folder that went away listed as a problem, and follows it to where it moved', async () => {
    const folder = folderNamed('Moving');
    const opened = await open(folder);
    await value('collections.saveVariables', {
      collectionId: opened.id,
      environment: 'staging',
      variables: { topic: 'refund' },
      secrets: [],
    });
    await value('collections.setEnvironment', { collectionId: opened.id, environment: 'staging' });
    const movedTo = folderNamed('Moved');
    renameSync(folder, movedTo);

    const listed = await list();
    expect(listed.collections).toEqual([]);
    // With its id, so the window can offer to forget it.
    expect(listed.problems).toEqual([
      { folder, problem: expect.stringContaining('not there any more'), collectionId: opened.id },
    ]);
    expect(listed.problems[0]?.problem).toContain('open it from its new place');
    const registry = join(harness.folder, 'data', collectionRegistryFileName);
    expect(readFileSync(registry, 'utf8')).toContain(folder);
    const gone = await client.call('collections.getRequest', { collectionId: opened.id, path: 'x' });
    expect(gone).toMatchObject({ ok: false, error: { hintKey: 'collection-folder-unreadable' } });

    const reopened = await open(movedTo);
    expect(reopened).toMatchObject({ id: opened.id, folder: movedTo, environment: 'staging' });
    expect(await list()).toEqual({ collections: [reopened], problems: [] });
  });

  it('does not open a second copy of a collection that is open from another folder', async () => {
    const folder = folderNamed('Original');
    await open(folder);
    const copy = folderNamed('Copy');
    await open(copy);
    writeFileSync(
      join(copy, 'promptwire-collection.json'),
      readFileSync(join(folder, 'promptwire-collection.json')),
    );
    const refused = await client.call('collections.open', { folder: copy });
    expect(refused).toMatchObject({ ok: false, error: { hintKey: 'collection-open-elsewhere' } });
    expect(refused.error?.hint).toContain(folder);
    expect((await list()).collections.map((view) => view.folder)).toEqual([folder]);
  });

  it('says a collection that is not open is not open', async () => {
    const collectionId = '6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const refused = await client.call('collections.getRequest', { collectionId, path: 'greeting' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-not-open' },
    });
    expect(refused.error?.hint).toContain('Open its folder again');
  });
});

describe('saved requests', () => {
  it('are saved, read back, protected from being replaced by accident, and deleted', async () => {
    const folder = folderNamed('Requests');
    const { id: collectionId } = await open(folder);
    const view = await value<CollectionView>('collections.saveRequest', {
      collectionId,
      path: 'refunds/explain policy',
      saved,
    });
    expect(view.items).toEqual([
      { path: 'refunds/explain policy', folder: 'refunds', name: 'explain policy' },
    ]);
    const file = join(folder, 'refunds', 'explain policy.request.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      promptwire: 'request',
      version: 1,
      profileId: 'mock',
      ...saved.request,
    });
    expect(await value('collections.getRequest', { collectionId, path: 'refunds/explain policy' })).toEqual(
      saved,
    );

    const changed = { ...saved, request: { ...saved.request, model: 'mock-slow' } };
    const refused = await client.call('collections.saveRequest', {
      collectionId,
      path: 'refunds/explain policy',
      saved: changed,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-request-exists' },
    });
    expect(refused.error?.hint).toContain('Choose another name, or save over');
    expect(JSON.parse(readFileSync(file, 'utf8')).model).toBe('mock-fast');
    await value('collections.saveRequest', {
      collectionId,
      path: 'refunds/explain policy',
      saved: changed,
      replace: true,
    });
    expect(await value('collections.getRequest', { collectionId, path: 'refunds/explain policy' })).toEqual(
      changed,
    );

    const after = await value<CollectionView>('collections.deleteRequest', {
      collectionId,
      path: 'refunds/explain policy',
    });
    expect(after.items).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('names a request that is missing, damaged, or outside the folder', async () => {
    const folder = folderNamed('Broken requests');
    const { id: collectionId } = await open(folder);
    const missing = await client.call('collections.getRequest', { collectionId, path: 'never saved' });
    expect(missing).toMatchObject({ ok: false, error: { hintKey: 'collection-request-gone' } });

    writeFileSync(join(folder, 'broken.request.json'), '{"promptwire": "request"');
    const damaged = await client.call('collections.getRequest', { collectionId, path: 'broken' });
    expect(damaged).toMatchObject({
      ok: false,
      error: { code: 'internal', hintKey: 'collection-file-damaged' },
    });
    expect(damaged.error?.message).toContain(join(folder, 'broken.request.json'));

    const outside = await client.call('collections.saveRequest', { collectionId, path: '../escape', saved });
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(existsSync(join(folder, '..', 'escape.request.json'))).toBe(false);
  });
});
