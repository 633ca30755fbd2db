import { create } from 'zustand';
import type { ComparisonDraft, Workspace } from '../../../shared/workspace-schemas.ts';
import { comparisonDraftOf, useCompareStore } from '../compare/compare-store.ts';
import { withRound } from '../compare/pane-settings.ts';
import { blankDraft, type Draft, draftOf, useDraftStore } from '../composer/draft-store.ts';

export type TabEntry = { id: string; kind: 'request' } | { id: string; kind: 'comparison' };

interface TabsState {
  tabs: TabEntry[];
  activeTabId: string;
  /** The drafts of request tabs not shown; the shown tab's draft lives in the draft store. */
  drafts: Record<string, Draft>;
  /** The comparison tabs not shown; the shown (or last shown) one lives in the compare store. */
  comparisons: Record<string, ComparisonDraft>;
  /** The comparison tab whose comparison is in the compare store, if any. */
  liveComparison: string | undefined;
  /** True once the saved tabs are back (or known to be none), so edits may be saved. */
  restored: boolean;
  /** False when the saved tabs could not be asked for: saving then would overwrite them. */
  persistent: boolean;
  restore(workspace: Workspace | undefined, persistent: boolean): void;
  newRequest(): string;
  /** The comparison tab shown last; a new one if none is open. */
  openComparison(): void;
  /** A new comparison tab, starting from the composer's conversation. */
  newComparison(): string;
  /** A pane's round ended: kept in its comparison, whether it is shown or not. */
  recordRound(
    comparisonId: string,
    paneId: string,
    round: number,
    record: { answer?: string; historyId?: string },
  ): void;
  /** The request tab shown last, for the Request switch; a new one if none is open. */
  showRequest(): void;
  activate(id: string): void;
  activateNext(offset: 1 | -1): void;
  close(id: string): void;
  snapshot(): Workspace;
}

const firstTabId = crypto.randomUUID();

export const useTabs = create<TabsState>()((set, get) => ({
  tabs: [{ id: firstTabId, kind: 'request' }],
  activeTabId: firstTabId,
  drafts: {},
  comparisons: {},
  liveComparison: undefined,
  restored: false,
  persistent: false,

  restore(workspace, persistent) {
    if (!workspace) {
      set({ restored: true, persistent });
      return;
    }
    const drafts: Record<string, Draft> = {};
    const comparisons: Record<string, ComparisonDraft> = {};
    const tabs: TabEntry[] = [];
    for (const tab of workspace.tabs) {
      tabs.push({ id: tab.id, kind: tab.kind });
      if (tab.kind === 'request') {
        if (tab.id === workspace.activeTabId) useDraftStore.getState().replace(tab.draft);
        else drafts[tab.id] = tab.draft;
      } else if (tab.id === workspace.activeTabId) useCompareStore.getState().restore(tab.comparison);
      else comparisons[tab.id] = tab.comparison;
    }
    const activeTabId = tabs.some((tab) => tab.id === workspace.activeTabId)
      ? workspace.activeTabId
      : (tabs[0]?.id ?? firstTabId);
    const liveComparison =
      tabs.find((tab) => tab.id === activeTabId)?.kind === 'comparison' ? activeTabId : undefined;
    set({ tabs, activeTabId, drafts, comparisons, liveComparison, restored: true, persistent });
  },

  newRequest() {
    const id = crypto.randomUUID();
    set({
      tabs: [...get().tabs, { id, kind: 'request' }],
      drafts: {
        ...get().drafts,
        // A new tab starts empty, on the profile and model in use.
        [id]: blankDraft(useDraftStore.getState().profileId, useDraftStore.getState().model),
      },
    });
    get().activate(id);
    return id;
  },

  openComparison() {
    const { tabs, activeTabId } = get();
    if (tabs.find((tab) => tab.id === activeTabId)?.kind === 'comparison') return;
    const last = tabs.findLast((tab) => tab.kind === 'comparison');
    if (last) get().activate(last.id);
    else get().newComparison();
  },

  newComparison() {
    const id = crypto.randomUUID();
    set({ tabs: [...get().tabs, { id, kind: 'comparison' }] });
    get().activate(id);
    return id;
  },

  recordRound(comparisonId, paneId, round, record) {
    const live = useCompareStore.getState();
    if (live.comparisonId === comparisonId) {
      live.recordRound(paneId, round, record);
      return;
    }
    const entry = Object.entries(get().comparisons).find(([, draft]) => draft.comparisonId === comparisonId);
    if (!entry) return;
    const [tabId, draft] = entry;
    const panes = draft.panes.map((pane) =>
      pane.id !== paneId
        ? pane
        : {
            ...pane,
            answers:
              record.answer === undefined ? pane.answers : withRound(pane.answers, round, record.answer),
            historyIds:
              record.historyId === undefined
                ? pane.historyIds
                : withRound(pane.historyIds, round, record.historyId),
          },
    );
    set({ comparisons: { ...get().comparisons, [tabId]: { ...draft, panes } } });
  },

  showRequest() {
    const { tabs, activeTabId } = get();
    const active = tabs.find((tab) => tab.id === activeTabId);
    if (active?.kind === 'request') return;
    const last = tabs.findLast((tab) => tab.kind === 'request');
    if (last) get().activate(last.id);
    else get().newRequest();
  },

  activate(id) {
    const { tabs, activeTabId, drafts, comparisons } = get();
    const target = tabs.find((tab) => tab.id === id);
    if (!target || id === activeTabId) return;
    const nextDrafts = { ...drafts };
    const nextComparisons = { ...comparisons };
    const current = tabs.find((tab) => tab.id === activeTabId);
    if (current?.kind === 'request') nextDrafts[current.id] = draftOf(useDraftStore.getState());
    const shownComparison = liveComparisonTabId(get());
    if (target.kind === 'request') {
      const draft = nextDrafts[id];
      if (draft) useDraftStore.getState().replace(draft);
      delete nextDrafts[id];
    } else if (shownComparison !== id) {
      // The compare store holds one comparison: the one shown last goes back to its tab.
      if (shownComparison) nextComparisons[shownComparison] = comparisonDraftOf(useCompareStore.getState());
      const saved = nextComparisons[id];
      if (saved) useCompareStore.getState().restore(saved);
      // A new comparison starts from the composer's conversation when its view first shows.
      else useCompareStore.getState().reset();
      delete nextComparisons[id];
    }
    const liveComparison = target.kind === 'comparison' ? id : shownComparison;
    set({ activeTabId: id, drafts: nextDrafts, comparisons: nextComparisons, liveComparison });
  },

  activateNext(offset) {
    const { tabs, activeTabId } = get();
    const index = tabs.findIndex((tab) => tab.id === activeTabId);
    const target = tabs[(index + offset + tabs.length) % tabs.length];
    if (target) get().activate(target.id);
  },

  close(id) {
    const { tabs } = get();
    const index = tabs.findIndex((tab) => tab.id === id);
    const closing = tabs[index];
    if (!closing) return;
    // The window always has a tab: closing the last one leaves a fresh request in its place.
    if (tabs.length === 1) get().newRequest();
    if (get().activeTabId === id) {
      const remaining = get().tabs.filter((tab) => tab.id !== id);
      const neighbour = remaining[Math.min(index, remaining.length - 1)];
      if (neighbour) get().activate(neighbour.id);
    }
    const drafts = { ...get().drafts };
    const comparisons = { ...get().comparisons };
    delete drafts[id];
    delete comparisons[id];
    const wasLive = get().liveComparison === id;
    set({
      tabs: get().tabs.filter((tab) => tab.id !== id),
      drafts,
      comparisons,
      ...(wasLive && { liveComparison: undefined }),
    });
    if (wasLive) useCompareStore.getState().reset();
  },

  snapshot() {
    const { tabs, activeTabId, drafts, comparisons, liveComparison } = get();
    return {
      activeTabId,
      tabs: tabs.map((tab) =>
        tab.kind === 'request'
          ? {
              id: tab.id,
              kind: 'request',
              draft:
                tab.id === activeTabId || !drafts[tab.id]
                  ? draftOf(useDraftStore.getState())
                  : (drafts[tab.id] as Draft),
            }
          : {
              id: tab.id,
              kind: 'comparison',
              comparison:
                tab.id === liveComparison || !comparisons[tab.id]
                  ? comparisonDraftOf(useCompareStore.getState())
                  : (comparisons[tab.id] as ComparisonDraft),
            },
      ),
    };
  },
}));

/** The request tab whose run the single view shows: the active one, or the last request tab. */
export function requestTabIdOf(state: Pick<TabsState, 'tabs' | 'activeTabId'>): string {
  const active = state.tabs.find((tab) => tab.id === state.activeTabId);
  if (active?.kind === 'request') return active.id;
  return state.tabs.findLast((tab) => tab.kind === 'request')?.id ?? 'no-request-tab';
}

/** The comparison tab whose comparison the compare store holds, if it is still open. */
export function liveComparisonTabId(state: Pick<TabsState, 'tabs' | 'liveComparison'>): string | undefined {
  const id = state.liveComparison;
  return id !== undefined && state.tabs.some((tab) => tab.id === id) ? id : undefined;
}
