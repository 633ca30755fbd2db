import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyStore, type KeyProfile } from '../profiles/key-store.ts';
import { findKeyTrace } from '../secrets/key-trace.ts';
import { openHostSecrets } from '../secrets/open-host-secrets.ts';
import { secretsFileName } from '../secrets/secrets-file.ts';
import { createCollectionSecrets } from './collection-secrets.ts';

const collectionId = '6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const otherCollectionId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const token = 'relay-token-for-staging-0000aaaa';

let dataDirectory: string;
beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-collection-secrets-'));
});
afterEach(() => rmSync(dataDirectory, { recursive: true, force: true }));

/** A host process's view of the data directory: a new call is a restart. */
const open = () => createCollectionSecrets(openHostSecrets(dataDirectory), () => 1_700_000_000_000);

describe('secret variable values', () => {
  it('are stored encrypted per collection and scope, and read back after a restart', async () => {
    const secrets = open();
    await secrets.change(collectionId, {}, { set: { apiToken: 'collection-level-value' }, removed: [] });
    await secrets.change(collectionId, { environment: 'staging' }, { set: { apiToken: token }, removed: [] });
    await secrets.change(otherCollectionId, {}, { set: { apiToken: 'another-collection' }, removed: [] });

    const text = readFileSync(join(dataDirectory, secretsFileName), 'utf8');
    expect(findKeyTrace(text, token)).toBeUndefined();
    const owners = JSON.parse(text).profiles;
    expect(owners[`collection:${collectionId}`].map((secret: { id: string }) => secret.id)).toEqual([
      'collection/apiToken',
      'environment/staging/apiToken',
    ]);

    expect(await open().values(collectionId)).toEqual({
      collection: { apiToken: 'collection-level-value' },
      environments: { staging: { apiToken: token } },
    });
  });

  it('replaces a value, and forgets removed names in their scope only', async () => {
    const secrets = open();
    await secrets.change(collectionId, {}, { set: { apiToken: 'first', orgId: 'org-1' }, removed: [] });
    await secrets.change(collectionId, { environment: 'staging' }, { set: { apiToken: token }, removed: [] });
    await secrets.change(collectionId, {}, { set: { apiToken: 'second' }, removed: ['orgId'] });
    expect(await secrets.values(collectionId)).toEqual({
      collection: { apiToken: 'second' },
      environments: { staging: { apiToken: token } },
    });
    await secrets.change(collectionId, { environment: 'staging' }, { set: {}, removed: ['apiToken'] });
    expect((await secrets.values(collectionId)).environments).toEqual({});
    expect(await secrets.values(otherCollectionId)).toEqual({ collection: {}, environments: {} });
  });

  it('never show up as a profile’s API keys', async () => {
    await open().change(collectionId, {}, { set: { apiToken: token }, removed: [] });
    const keys = createKeyStore({}, Date.now, openHostSecrets(dataDirectory));
    await keys.ready();
    const owner: KeyProfile = { id: `collection:${collectionId}`, key: { requirement: 'required' } };
    expect(keys.slots(owner)).toEqual([]);
    expect(keys.resolve(owner)).toBeUndefined();
    expect(keys.problems()).toEqual([]);
  });
});
