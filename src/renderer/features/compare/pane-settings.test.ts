import { describe, expect, it } from 'vitest';
import { validateDraft } from '../composer/validate-draft.ts';
import { duplicatePane, moveItem, newPane, paneFromSaved, savedPaneOf, withRound } from './pane-settings.ts';

describe('moveItem', () => {
  it('moves one place left or right', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the array as it is at either end', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 0, -1)).toBe(items);
    expect(moveItem(items, 1, 1)).toBe(items);
    expect(moveItem(items, -1, 1)).toBe(items);
  });
});

describe('withRound', () => {
  it('sets a round and fills the skipped ones with empty text', () => {
    expect(withRound([], 2, 'third')).toEqual(['', '', 'third']);
    expect(withRound(['first', 'second'], 0, 'again')).toEqual(['again', 'second']);
  });
});

describe('saved panes', () => {
  it('survive a save and a reopen unchanged, stop sequences included', () => {
    const pane = {
      ...newPane('mock', 'mock-fast'),
      temperature: '0,7',
      maxTokens: '64',
      topP: '0.9',
      stop: '\\n, END',
      view: 'plain' as const,
      answers: ['first', 'second'],
      historyIds: ['h1', ''],
    };
    const validation = validateDraft({
      ...pane,
      system: '',
      messages: [{ id: 'm', role: 'user', content: 'Hi' }],
      extra: '',
    });
    if (!validation.ok) throw new Error('the draft should be valid');
    const saved = savedPaneOf(pane, validation.request);
    expect(saved).toEqual({
      id: pane.id,
      profileId: 'mock',
      model: 'mock-fast',
      temperature: 0.7,
      maxTokens: 64,
      topP: 0.9,
      stop: ['\n', 'END'],
      stream: true,
      view: 'plain',
      answers: ['first', 'second'],
      historyIds: ['h1', ''],
    });
    const reopened = paneFromSaved(saved);
    expect(reopened).toEqual({ ...pane, temperature: '0.7' });
  });

  it('fills the holes of a pane added after a round', () => {
    const pane = { ...newPane('mock', 'mock-fast'), answers: withRound([], 1, 'second') };
    const saved = savedPaneOf(pane, { model: 'mock-fast', messages: [], stream: true });
    expect(saved.answers).toEqual(['', 'second']);
  });
});

describe('duplicatePane', () => {
  it('copies the settings under a new id, without answers', () => {
    const pane = { ...newPane('mock', 'mock-slow'), maxTokens: '20', answers: ['x'], historyIds: ['h'] };
    const copy = duplicatePane(pane);
    expect(copy.id).not.toBe(pane.id);
    expect(copy).toEqual({ ...pane, id: copy.id, answers: [], historyIds: [] });
  });
});
