import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionView } from '../../shared/collection-contract.ts';
import { findKeyTrace } from '../secrets/key-trace.ts';
import { secretsFileName } from '../secrets/secrets-file.ts';
import { type Harness, type SocketClient, startHarness } from '../web/test-harness.ts';

// Variables, environments and secret values, over the browser-mode socket on a real folder.

const secretValue = 'relay-secret-value-9f8e7d6c5b4a';

let harness: Harness;
let client: SocketClient;
let folder: string;
let collectionId: string;
beforeEach(async () => {
  harness = await startHarness();
  client = await harness.connect();
  folder = join(harness.folder, 'prompts', 'Support bot');
  collectionId = (await value<CollectionView>('collections.open', { folder })).id;
});
afterEach(async () => {
  await harness?.close();
});

async function value<T = CollectionView>(method: string, input: unknown): Promise<T> {
  const result = await client.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const saveVariables = (input: object) => value('collections.saveVariables', { collectionId, ...input });

/** Every file of the collection's folder, as text. */
function folderFiles(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) Object.assign(files, folderFiles(path));
    else files[path] = readFileSync(path, 'utf8');
  }
  return files;
}

describe('variables and environments', () => {
  it('are written to the collection file and environment files, and one is chosen per machine', async () => {
    const own = await saveVariables({ variables: { company: 'Acme', topic: 'shipping' }, secrets: [] });
    expect(own.variables).toEqual({ variables: { company: 'Acme', topic: 'shipping' }, secrets: [] });
    const staging = await saveVariables({
      environment: 'staging',
      variables: { topic: 'refund' },
      secrets: [],
    });
    expect(staging.environments).toEqual({ staging: { variables: { topic: 'refund' }, secrets: [] } });
    expect(JSON.parse(readFileSync(join(folder, 'environments', 'staging.json'), 'utf8'))).toEqual({
      promptwire: 'environment',
      version: 1,
      variables: { topic: 'refund' },
      secretVariables: [],
    });
    expect(JSON.parse(readFileSync(join(folder, 'promptwire-collection.json'), 'utf8'))).toMatchObject({
      variables: { company: 'Acme', topic: 'shipping' },
      secretVariables: [],
    });

    const chosen = await value('collections.setEnvironment', { collectionId, environment: 'staging' });
    expect(chosen.environment).toBe('staging');
    const listed = await value<{ collections: CollectionView[] }>('collections.list', {});
    expect(listed.collections[0]?.environment).toBe('staging');
    // The choice is this machine's: the shared folder does not change.
    expect(readFileSync(join(folder, 'promptwire-collection.json'), 'utf8')).not.toContain('staging');

    const unknown = await client.call('collections.setEnvironment', {
      collectionId,
      environment: 'production',
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-environment-unknown' },
    });
    expect(unknown.error?.hint).toContain('(staging)');
    const none = await value('collections.setEnvironment', { collectionId, environment: null });
    expect(none.environment).toBeUndefined();
  });

  it('refuses a name that is both a plain and a secret variable in one place', async () => {
    const refused = await client.call('collections.saveVariables', {
      collectionId,
      variables: { apiToken: 'plain' },
      secrets: [{ name: 'apiToken', value: secretValue }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', hintKey: 'collection-variable-both' },
    });
    expect(refused.error?.hint).toContain('remove apiToken from one of the two lists');
  });
  it('does not replace an environment file it cannot read', async () => {
    mkdirSync(join(folder, 'environments'));
    const damaged = join(folder, 'environments', 'production.json');
    writeFileSync(damaged, '{"promptwire": "environment", ');
    const view = await value('collections.list', {});
    expect(JSON.stringify(view)).toContain('production.json');
    const refused = await client.call('collections.saveVariables', {
      collectionId,
      environment: 'production',
      variables: { topic: 'refund' },
      secrets: [],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'internal', hintKey: 'collection-file-damaged' },
    });
    expect(refused.error?.message).toContain(damaged);
    expect(readFileSync(damaged, 'utf8')).toBe('{"promptwire": "environment", ');
  });
});

describe('secret variables', () => {
  it('keep their values in the encrypted key store, never in the folder or in what the window gets', async () => {
    const view = await saveVariables({
      variables: { company: 'Acme' },
      secrets: [{ name: 'apiToken', value: secretValue }],
    });
    expect(view.variables).toEqual({
      variables: { company: 'Acme' },
      secrets: [{ name: 'apiToken', hasValue: true }],
    });
    expect(JSON.stringify(view)).not.toContain(secretValue);
    expect(JSON.stringify(await value('collections.list', {}))).not.toContain(secretValue);

    const files = folderFiles(folder);
    expect(JSON.parse(files[join(folder, 'promptwire-collection.json')] as string).secretVariables).toEqual([
      'apiToken',
    ]);
    for (const [path, text] of Object.entries(files)) expect(text, path).not.toContain(secretValue);
    const secrets = readFileSync(join(harness.folder, 'data', secretsFileName), 'utf8');
    expect(JSON.parse(secrets).profiles[`collection:${collectionId}`]).toHaveLength(1);
    expect(findKeyTrace(secrets, secretValue)).toBeUndefined();
  });

  it('keep a stored value when saved without one, and lose it when no longer listed', async () => {
    await saveVariables({ variables: {}, secrets: [{ name: 'apiToken', value: secretValue }] });
    await saveVariables({
      environment: 'staging',
      variables: {},
      secrets: [{ name: 'apiToken', value: 'x-1' }],
    });
    const kept = await saveVariables({ variables: { company: 'Acme' }, secrets: [{ name: 'apiToken' }] });
    expect(kept.variables.secrets).toEqual([{ name: 'apiToken', hasValue: true }]);

    await saveVariables({ variables: {}, secrets: [] });
    const again = await saveVariables({ variables: {}, secrets: [{ name: 'apiToken' }] });
    expect(again.variables.secrets).toEqual([{ name: 'apiToken', hasValue: false }]);
    // The environment's own secret is another value, untouched.
    expect(again.environments.staging?.secrets).toEqual([{ name: 'apiToken', hasValue: true }]);
  });
});
