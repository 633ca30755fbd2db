import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Comparison, comparisonIdSchema, comparisonSchema } from '../../shared/comparison-schemas.ts';
import { openComparisonStore } from './comparison-store.ts';

let dataDirectory: string;

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-comparisons-'));
});

afterEach(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

function comparison(id: string, savedAt: number, name = `Comparison ${id}`): Comparison {
  return {
    id,
    name,
    savedAt,
    system: 'Be brief',
    messages: [{ role: 'user', content: 'Which bird dives best?' }],
    followUps: ['And the fastest?'],
    panes: [
      {
        id: 'left',
        profileId: 'mock',
        model: 'mock-fast',
        temperature: 0.2,
        stream: true,
        view: 'markdown',
        answers: ['Gannets.', 'Peregrines.'],
        historyIds: ['h1', 'h2'],
      },
      {
        id: 'right',
        profileId: 'openai',
        model: 'gpt-4o',
        maxTokens: 200,
        stream: false,
        view: 'plain',
        answers: ['', 'Swifts.'],
        historyIds: ['h3', 'h4'],
      },
    ],
  };
}

const folder = () => join(dataDirectory, 'comparisons');

describe('the comparison store', () => {
  it('gives back what it saved, and lists the newest save first', () => {
    const store = openComparisonStore(dataDirectory);
    expect(store.list()).toEqual({ comparisons: [], problems: [] });
    const saved = [comparison('oldest', 1_000), comparison('newest', 3_000), comparison('middle', 2_000)];
    for (const one of saved) {
      expect(store.save(one)).toEqual({
        id: one.id,
        name: one.name,
        savedAt: one.savedAt,
        models: ['mock-fast', 'gpt-4o'],
      });
    }
    expect(store.get('middle')).toEqual({ comparison: saved[2] });
    // A store opened later (another window, the next start) reads the same files.
    const reopened = openComparisonStore(dataDirectory);
    expect(reopened.list().comparisons.map((summary) => summary.id)).toEqual(['newest', 'middle', 'oldest']);
    expect(reopened.list().problems).toEqual([]);
  });

  it('replaces a comparison saved again under its id', () => {
    const store = openComparisonStore(dataDirectory);
    store.save(comparison('same', 1_000, 'First name'));
    store.save({ ...comparison('same', 2_000, 'Second name'), followUps: [] });
    expect(store.list().comparisons).toEqual([
      { id: 'same', name: 'Second name', savedAt: 2_000, models: ['mock-fast', 'gpt-4o'] },
    ]);
    expect(store.get('same').comparison).toMatchObject({ name: 'Second name', followUps: [] });
    // Written whole and renamed into place: no temporary file is left beside it.
    expect(readdirSync(folder())).toEqual(['same.json']);
  });

  it('deletes one, and says when there was nothing to delete', () => {
    const store = openComparisonStore(dataDirectory);
    store.save(comparison('kept', 1_000));
    store.save(comparison('gone', 2_000));
    expect(store.delete('gone')).toBe(true);
    expect(store.delete('gone')).toBe(false);
    expect(store.get('gone')).toEqual({});
    expect(store.list().comparisons.map((summary) => summary.id)).toEqual(['kept']);
  });

  it('names a damaged file in problems and still lists the others', () => {
    const store = openComparisonStore(dataDirectory);
    store.save(comparison('fine', 1_000));
    writeFileSync(join(folder(), 'truncated.json'), '{"id": "truncated", "name": ');
    writeFileSync(join(folder(), 'foreign.json'), JSON.stringify({ id: 'foreign', name: 'No panes' }));
    // What an interrupted write leaves behind is not a comparison at all.
    writeFileSync(join(folder(), 'fine.json.tmp-123-abcdef'), '{');

    const listed = store.list();
    expect(listed.comparisons.map((summary) => summary.id)).toEqual(['fine']);
    expect(listed.problems).toHaveLength(2);
    expect(listed.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(join(folder(), 'truncated.json')),
        expect.stringContaining(join(folder(), 'foreign.json')),
      ]),
    );
    expect(store.get('truncated')).toEqual({ problem: expect.stringContaining('could not be read') });
    expect(store.get('foreign')).toEqual({ problem: expect.stringContaining('is not a comparison') });
  });

  it.runIf(process.platform !== 'win32')('keeps each file readable by the user alone', () => {
    openComparisonStore(dataDirectory).save(comparison('private', 1_000));
    expect(statSync(join(folder(), 'private.json')).mode & 0o777).toBe(0o600);
  });

  it('lists nothing, and no problem, when the folder holds no comparison yet', () => {
    mkdirSync(folder());
    writeFileSync(join(folder(), 'notes.txt'), 'not a comparison');
    expect(openComparisonStore(dataDirectory).list()).toEqual({ comparisons: [], problems: [] });
  });
});

describe('comparison ids', () => {
  it.each(['../outside', '..', 'a/b', 'a\\b', 'name.json', 'with space', '', 'x'.repeat(101), 'nul\0byte'])(
    'refuses %j, which is not a safe file name',
    (id) => {
      expect(comparisonIdSchema.safeParse(id).success).toBe(false);
      expect(comparisonSchema.safeParse({ ...comparison('valid', 1), id }).success).toBe(false);
    },
  );

  it.each(['birds', 'Bird_Dive-2', randomUUID(), 'x'.repeat(100)])('takes %j', (id) => {
    expect(comparisonIdSchema.safeParse(id).success).toBe(true);
  });
});
