import { beforeEach, describe, expect, it } from 'vitest';
import { diffPairOf, useCompareStore } from './compare-store.ts';

const seed = {
  profileId: 'mock',
  model: 'mock-fast',
  system: '',
  messages: [{ id: 'm', role: 'user' as const, content: 'Hi' }],
};

function paneModels(): string[] {
  return useCompareStore.getState().panes.map((pane) => pane.model);
}

describe('useCompareStore', () => {
  beforeEach(() => {
    useCompareStore.setState({ initialized: false });
    useCompareStore.getState().initialize(seed);
  });

  it('starts from the composer with two panes', () => {
    expect(paneModels()).toEqual(['mock-fast', 'mock-fast']);
    expect(useCompareStore.getState().messages.map((message) => message.content)).toEqual(['Hi']);
  });

  it('duplicates beside the original, up to six panes', () => {
    const [first] = useCompareStore.getState().panes;
    useCompareStore.getState().setPaneText(first?.id ?? '', 'model', 'mock-slow');
    useCompareStore.getState().duplicatePane(first?.id ?? '');
    expect(paneModels()).toEqual(['mock-slow', 'mock-slow', 'mock-fast']);
    for (let count = 0; count < 5; count++) useCompareStore.getState().duplicatePane(first?.id ?? '');
    expect(paneModels()).toHaveLength(6);
  });

  it('removes down to two panes, no fewer', () => {
    const [first, second] = useCompareStore.getState().panes;
    useCompareStore.getState().duplicatePane(first?.id ?? '');
    useCompareStore.getState().removePane(first?.id ?? '');
    useCompareStore.getState().removePane(second?.id ?? '');
    expect(useCompareStore.getState().panes).toHaveLength(2);
  });

  it('moves a pane and records answers per round', () => {
    const [first, second] = useCompareStore.getState().panes;
    useCompareStore.getState().movePane(first?.id ?? '', 1);
    expect(useCompareStore.getState().panes.map((pane) => pane.id)).toEqual([second?.id, first?.id]);
    useCompareStore.getState().recordRound(first?.id ?? '', 1, { answer: 'second round' });
    useCompareStore.getState().recordRound(first?.id ?? '', 1, { historyId: 'h2' });
    const recorded = useCompareStore.getState().panes.find((pane) => pane.id === first?.id);
    expect(recorded?.answers).toEqual(['', 'second round']);
    expect(recorded?.historyIds).toEqual(['', 'h2']);
    useCompareStore.getState().startOver();
    expect(useCompareStore.getState().panes.every((pane) => pane.answers.length === 0)).toBe(true);
  });

  it('diffs the chosen pair while both exist, else the first two panes', () => {
    const [first, second] = useCompareStore.getState().panes;
    useCompareStore.getState().duplicatePane(second?.id ?? '');
    const third = useCompareStore.getState().panes[2];
    useCompareStore.getState().setDiffPair([first?.id ?? '', third?.id ?? '']);
    expect(diffPairOf(useCompareStore.getState())).toEqual([first?.id, third?.id]);
    useCompareStore.getState().removePane(third?.id ?? '');
    expect(diffPairOf(useCompareStore.getState())).toEqual([first?.id, second?.id]);
  });
});
