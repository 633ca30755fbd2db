import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedRequestFile } from '../../shared/collection-schemas.ts';
import {
  deleteSavedRequest,
  openCollectionFolder,
  readCollectionFolder,
  readSavedRequest,
  writeEnvironment,
  writeSavedRequest,
} from './collection-folder.ts';
import { resolveRequest, variablesFor } from './collection-variables.ts';

let folder: string;

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'promptwire-collection-')), 'Support bot');
});

afterEach(() => {
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

const request: SavedRequestFile = {
  promptwire: 'request',
  version: 1,
  profileId: 'openai',
  model: 'gpt-4o',
  system: 'You answer for {{company}}.',
  messages: [{ role: 'user', content: 'Explain our {{topic}} policy. Token: {{apiToken}}' }],
  temperature: 0.2,
  stream: true,
};

describe('a collection folder', () => {
  it('is made on first open, named after its folder, with an id that stays', () => {
    const opened = openCollectionFolder(folder);
    expect(opened.collection.name).toBe('Support bot');
    expect(opened.items).toEqual([]);
    expect(openCollectionFolder(folder).collection.id).toBe(opened.collection.id);
  });

  it('keeps each request in a readable file of its own, in folders, and lists them', () => {
    openCollectionFolder(folder);
    writeSavedRequest(folder, 'refunds/explain policy', request);
    writeSavedRequest(folder, 'greeting', { ...request, messages: [{ role: 'user', content: 'Hi' }] });
    const text = readFileSync(join(folder, 'refunds', 'explain policy.request.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(request, null, 2)}\n`);
    expect(readCollectionFolder(folder).items).toEqual([
      { path: 'greeting', folder: '', name: 'greeting' },
      { path: 'refunds/explain policy', folder: 'refunds', name: 'explain policy' },
    ]);
    expect(readSavedRequest(folder, 'refunds/explain policy')).toEqual(request);
    expect(deleteSavedRequest(folder, 'greeting')).toBe(true);
    expect(readCollectionFolder(folder).items.map((item) => item.path)).toEqual(['refunds/explain policy']);
  });

  it('never writes outside its folder', () => {
    openCollectionFolder(folder);
    for (const path of ['../escape', 'a/../../b', '/etc/passwd', 'a//b', 'c:evil']) {
      expect(() => writeSavedRequest(folder, path, request), path).toThrow();
    }
  });

  it('reads environments, and reports an unreadable one without losing the rest', () => {
    openCollectionFolder(folder);
    writeEnvironment(folder, 'staging', {
      promptwire: 'environment',
      version: 1,
      variables: { topic: 'refund' },
      secretVariables: [],
    });
    mkdirSync(join(folder, 'environments'), { recursive: true });
    writeFileSync(join(folder, 'environments', 'broken.json'), '{');
    const contents = readCollectionFolder(folder);
    expect(Object.keys(contents.environments)).toEqual(['staging']);
    expect(contents.problems).toHaveLength(1);
    expect(contents.problems[0]).toContain('broken.json');
  });

  it('fills variables: environment over collection, secrets from the key store, missing ones named', () => {
    const { collection } = openCollectionFolder(folder);
    const values = variablesFor(
      { ...collection, variables: { company: 'Acme', topic: 'shipping' }, secretVariables: ['apiToken'] },
      { promptwire: 'environment', version: 1, variables: { topic: 'refund' }, secretVariables: [] },
      (name) => (name === 'apiToken' ? 'tok-123' : undefined),
    );
    const { request: resolved, missing } = resolveRequest(request, values);
    expect(resolved.system).toBe('You answer for Acme.');
    expect(resolved.messages[0]?.content).toBe('Explain our refund policy. Token: tok-123');
    expect(missing).toEqual([]);
    const withoutSecret = variablesFor(
      { ...collection, secretVariables: ['apiToken'] },
      undefined,
      () => undefined,
    );
    expect(resolveRequest(request, withoutSecret).missing).toEqual(['company', 'topic', 'apiToken']);
  });

  it('lets the environment win over the collection, secret or not, with no fallback for its unset secrets', () => {
    const { collection } = openCollectionFolder(folder);
    const stored: Record<string, Record<string, string>> = {
      collection: { token: 'collection-secret' },
      environment: { region: 'eu-secret' },
    };
    const values = variablesFor(
      {
        ...collection,
        variables: { region: 'us', unset: 'meant-for-development' },
        secretVariables: ['token'],
      },
      {
        promptwire: 'environment',
        version: 1,
        variables: { token: 'environment-plain' },
        secretVariables: ['region', 'unset'],
      },
      (name, scope) => stored[scope]?.[name],
    );
    expect(values).toEqual({ token: 'environment-plain', region: 'eu-secret' });
  });
});
