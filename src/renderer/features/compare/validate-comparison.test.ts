import { describe, expect, it } from 'vitest';
import { newPane } from './pane-settings.ts';
import { paneFieldIssues, validateComparison } from './validate-comparison.ts';

const messages = [{ id: 'first', role: 'user' as const, content: 'Name a colour.' }];

describe('validateComparison', () => {
  it('gives the shared conversation and every pane as saved', () => {
    const panes = [newPane('mock', 'mock-fast'), { ...newPane('mock', 'mock-slow'), maxTokens: '20' }];
    const validation = validateComparison({ system: 'Be brief.', messages, panes });
    if (!validation.ok) throw new Error('should be valid');
    expect(validation.conversation).toEqual({
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(validation.panes.map((pane) => [pane.model, pane.maxTokens])).toEqual([
      ['mock-fast', undefined],
      ['mock-slow', 20],
    ]);
  });

  it("names each pane's own issues and the conversation's, by id", () => {
    const good = newPane('mock', 'mock-fast');
    const bad = { ...newPane('mock', ' '), temperature: '3' };
    const validation = validateComparison({
      system: '',
      messages: [...messages, { id: 'empty', role: 'assistant', content: ' ' }],
      panes: [good, bad],
    });
    if (validation.ok) throw new Error('should be invalid');
    expect(Object.keys(validation.issues.messages)).toEqual(['empty']);
    expect(Object.keys(validation.issues.panes)).toEqual([bad.id]);
    expect(validation.issues.panes[bad.id]).toMatchObject({
      model: { key: 'modelRequired' },
      temperature: { key: 'numberRange' },
    });
  });
});

describe('paneFieldIssues', () => {
  it('checks the pane alone, whatever the conversation holds', () => {
    expect(paneFieldIssues(newPane('mock', 'mock-fast'))).toBeUndefined();
    expect(paneFieldIssues({ ...newPane('mock', 'mock-fast'), maxTokens: '1.5' })).toEqual({
      maxTokens: { key: 'positiveInteger' },
    });
  });
});
