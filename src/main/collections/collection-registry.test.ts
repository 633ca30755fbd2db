import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectionRegistryFileName, openCollectionRegistry } from './collection-registry.ts';

let dataDirectory: string;
beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-registry-'));
});
afterEach(() => rmSync(dataDirectory, { recursive: true, force: true }));

const registryPath = () => join(dataDirectory, collectionRegistryFileName);
const id = '6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('the list of open collections', () => {
  it('is empty and writes nothing until a collection is opened', () => {
    const registry = openCollectionRegistry(dataDirectory);
    expect(registry.read()).toEqual([]);
    expect(registry.takeProblems()).toEqual([]);
    expect(existsSync(registryPath())).toBe(false);
  });

  it('is kept as readable JSON that another window (a second instance) reads at once', () => {
    const window = openCollectionRegistry(dataDirectory);
    const other = openCollectionRegistry(dataDirectory);
    window.update((current) => [...current, { folder: '/home/you/prompts', id }]);
    other.update((current) => current.map((entry) => ({ ...entry, environment: 'staging' })));
    expect(window.read()).toEqual([{ folder: '/home/you/prompts', id, environment: 'staging' }]);
    expect(JSON.parse(readFileSync(registryPath(), 'utf8'))).toEqual({
      version: 1,
      collections: [{ folder: '/home/you/prompts', id, environment: 'staging' }],
    });
    // Written through a temporary file and a rename: nothing is left beside it.
    expect(readdirSync(dataDirectory)).toEqual([collectionRegistryFileName]);
  });

  it('moves an unreadable file aside, says so once, and starts afresh', () => {
    writeFileSync(registryPath(), '{"version": 1, "collections": [');
    const registry = openCollectionRegistry(dataDirectory, () => 1234);
    expect(registry.read()).toEqual([]);
    const [problem, ...more] = registry.takeProblems();
    expect(more).toEqual([]);
    expect(problem).toContain(registryPath());
    expect(problem).toContain('Open your collection folders again');
    expect(registry.takeProblems()).toEqual([]);
    expect(readFileSync(`${registryPath()}.unreadable-1234`, 'utf8')).toBe('{"version": 1, "collections": [');
    registry.update(() => [{ folder: '/home/you/prompts' }]);
    expect(registry.read()).toEqual([{ folder: '/home/you/prompts' }]);
  });

  it('leaves a newer version’s file as it is and refuses to change it', () => {
    const newer = JSON.stringify({ version: 2, collections: [{ folder: '/x', tags: ['kept'] }] });
    writeFileSync(registryPath(), newer);
    const registry = openCollectionRegistry(dataDirectory);
    expect(registry.read()).toEqual([]);
    expect(registry.takeProblems()[0]).toContain('newer version of Promptwire');
    expect(() => registry.update((current) => [...current, { folder: '/y' }])).toThrow(/newer version/);
    expect(readFileSync(registryPath(), 'utf8')).toBe(newer);
  });
});
