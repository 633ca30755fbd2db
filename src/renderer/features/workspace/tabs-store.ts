import { create } from 'zustand';
import type { Workspace } from '../../../shared/workspace-schemas.ts';
import { comparisonDraftOf, useCompareStore } from '../compare/compare-store.ts';
import { type Draft, draftOf, newMessage, useDraftStore } from '../composer/draft-store.ts';

export type TabEntry = { id: string; kind: 'request' } | { id: string; kind: 'comparison' };

interface TabsState {
  tabs: TabEntry[];
  activeTabId: string;
  /** The drafts of request tabs not shown; the shown tab's draft lives in the draft store. */
  drafts: Record<string, Draft>;
  /** True once the saved tabs are back (or known to be none), so edits may be saved. */
  restored: boolean;
  /** False when the saved tabs could not be asked for: saving then would overwrite them. */
  persistent: boolean;
  restore(workspace: Workspace | undefined, persistent: boolean): void;
  newRequest(): string;
  /** The comparison tab (there is one at most), opened if it is not. */
  openComparison(): void;
  /** The request tab shown last, for the Request switch; a new one if none is open. */
  showRequest(): void;
  activate(id: string): void;
  activateNext(offset: 1 | -1): void;
  close(id: string): void;
  snapshot(): Workspace;
}

function blankDraft(from: Draft): Draft {
  return {
    ...draftOf(from),
    system: '',
    messages: [newMessage('user')],
    temperature: '',
    maxTokens: '',
    topP: '',
    stop: '',
    stream: true,
    extra: '',
  };
}

const firstTabId = crypto.randomUUID();

export const useTabs = create<TabsState>()((set, get) => ({
  tabs: [{ id: firstTabId, kind: 'request' }],
  activeTabId: firstTabId,
  drafts: {},
  restored: false,
  persistent: false,

  restore(workspace, persistent) {
    if (!workspace) {
      set({ restored: true, persistent });
      return;
    }
    const drafts: Record<string, Draft> = {};
    const tabs: TabEntry[] = [];
    for (const tab of workspace.tabs) {
      if (tab.kind === 'request') {
        tabs.push({ id: tab.id, kind: 'request' });
        if (tab.id === workspace.activeTabId) useDraftStore.getState().replace(tab.draft);
        else drafts[tab.id] = tab.draft;
      } else if (!tabs.some((entry) => entry.kind === 'comparison')) {
        tabs.push({ id: tab.id, kind: 'comparison' });
        useCompareStore.getState().restore(tab.comparison);
      }
    }
    const activeTabId = tabs.some((tab) => tab.id === workspace.activeTabId)
      ? workspace.activeTabId
      : (tabs[0]?.id ?? firstTabId);
    set({ tabs, activeTabId, drafts, restored: true, persistent });
  },

  newRequest() {
    const id = crypto.randomUUID();
    set({
      tabs: [...get().tabs, { id, kind: 'request' }],
      drafts: { ...get().drafts, [id]: blankDraft(useDraftStore.getState()) },
    });
    get().activate(id);
    return id;
  },

  openComparison() {
    const open = get().tabs.find((tab) => tab.kind === 'comparison');
    if (open) {
      get().activate(open.id);
      return;
    }
    const id = crypto.randomUUID();
    set({ tabs: [...get().tabs, { id, kind: 'comparison' }] });
    get().activate(id);
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
    const { tabs, activeTabId, drafts } = get();
    const target = tabs.find((tab) => tab.id === id);
    if (!target || id === activeTabId) return;
    const next = { ...drafts };
    const current = tabs.find((tab) => tab.id === activeTabId);
    if (current?.kind === 'request') next[current.id] = draftOf(useDraftStore.getState());
    if (target.kind === 'request') {
      const draft = next[id];
      if (draft) useDraftStore.getState().replace(draft);
      delete next[id];
    }
    set({ activeTabId: id, drafts: next });
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
    delete drafts[id];
    set({ tabs: get().tabs.filter((tab) => tab.id !== id), drafts });
    if (closing.kind === 'comparison') useCompareStore.getState().reset();
  },

  snapshot() {
    const { tabs, activeTabId, drafts } = get();
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
          : { id: tab.id, kind: 'comparison', comparison: comparisonDraftOf(useCompareStore.getState()) },
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
