import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceSchema } from '../../../shared/workspace-schemas.ts';
import { useCompareStore } from '../compare/compare-store.ts';
import { newPane } from '../compare/pane-settings.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { useTabs } from './tabs-store.ts';

const message = () => useDraftStore.getState().messages[0]?.content;
const type = (text: string) => {
  const first = useDraftStore.getState().messages[0];
  if (first) useDraftStore.getState().setMessageContent(first.id, text);
};

beforeEach(() => {
  useTabs.setState(useTabs.getInitialState(), true);
  useTabs.getState().restore(undefined, true);
  type('');
});

describe('the tabs', () => {
  it('keep each request draft apart, and give every one back in a snapshot the host accepts', () => {
    const first = useTabs.getState().activeTabId;
    type('first draft');
    const second = useTabs.getState().newRequest();
    expect(message()).toBe('');
    type('second draft');
    useTabs.getState().activate(first);
    expect(message()).toBe('first draft');
    const snapshot = useTabs.getState().snapshot();
    expect(workspaceSchema.safeParse(snapshot).success).toBe(true);
    const drafts = snapshot.tabs.map((tab) => (tab.kind === 'request' ? tab.draft.messages[0]?.content : ''));
    expect(drafts).toEqual(expect.arrayContaining(['first draft', 'second draft']));
    useTabs.getState().activate(second);
    expect(message()).toBe('second draft');
  });

  it('keep a round that ends in a comparison not shown with that comparison', () => {
    const first = useTabs.getState().newComparison();
    useCompareStore.setState({ panes: [newPane('mock', 'mock-fast'), newPane('mock', 'mock-slow')] });
    const { comparisonId, panes } = useCompareStore.getState();
    const paneId = panes[1]?.id ?? '';
    useTabs.getState().newComparison();
    expect(useCompareStore.getState().comparisonId).not.toBe(comparisonId);
    useTabs.getState().recordRound(comparisonId, paneId, 0, { answer: 'arrived meanwhile', historyId: 'h1' });
    useTabs.getState().activate(first);
    const pane = useCompareStore.getState().panes.find((candidate) => candidate.id === paneId);
    expect(pane?.answers).toEqual(['arrived meanwhile']);
    expect(pane?.historyIds).toEqual(['h1']);
  });

  it('always leave one tab: closing the last opens a fresh request', () => {
    const only = useTabs.getState().activeTabId;
    type('gone with its tab');
    useTabs.getState().close(only);
    const { tabs, activeTabId } = useTabs.getState();
    expect(tabs).toHaveLength(1);
    expect(activeTabId).not.toBe(only);
    expect(message()).toBe('');
  });

  it('come back from a saved workspace on the tab that was shown', () => {
    type('saved');
    const other = useTabs.getState().newRequest();
    type('shown');
    const saved = useTabs.getState().snapshot();
    useTabs.setState(useTabs.getInitialState(), true);
    type('');
    useTabs.getState().restore(saved, true);
    expect(useTabs.getState().activeTabId).toBe(other);
    expect(message()).toBe('shown');
  });
});
