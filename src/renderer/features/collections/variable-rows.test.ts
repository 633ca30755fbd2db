import { describe, expect, it } from 'vitest';
import { rowsIssue, rowsOf, scopeOf } from './variable-rows.ts';

describe('the variables table', () => {
  const saved = {
    variables: { topic: 'tides' },
    secrets: [
      { name: 'token', hasValue: true },
      { name: 'other', hasValue: false },
    ],
  };

  it('shows plain values and never a secret value, only whether one is kept', () => {
    const rows = rowsOf(saved).map(({ key: _key, ...row }) => row);
    expect(rows).toEqual([
      { name: 'topic', value: 'tides', secret: false, hasValue: true },
      { name: 'token', value: '', secret: true, hasValue: true },
      { name: 'other', value: '', secret: true, hasValue: false },
    ]);
  });

  it('sends a secret typed again as its new value, and one left empty without a value (kept)', () => {
    const rows = rowsOf(saved);
    const edited = rows.map((row) => (row.name === 'other' ? { ...row, value: 'typed' } : row));
    expect(scopeOf(edited)).toEqual({
      variables: { topic: 'tides' },
      secrets: [{ name: 'token' }, { name: 'other', value: 'typed' }],
    });
  });

  it('ignores blank rows and names the first row that cannot be saved', () => {
    const row = (name: string) => ({ key: name, name, value: 'v', secret: false, hasValue: false });
    const blank = { key: 'blank', name: '', value: '', secret: false, hasValue: false };
    expect(rowsIssue([row('topic'), blank])).toBeUndefined();
    expect(scopeOf([row('topic'), blank]).variables).toEqual({ topic: 'v' });
    expect(rowsIssue([row('topic'), row('topic')])).toEqual({ kind: 'duplicate', name: 'topic' });
    expect(rowsIssue([row('1st')])).toEqual({ kind: 'name', name: '1st' });
  });
});
