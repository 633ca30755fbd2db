import { create } from 'zustand';
import type { Comparison } from '../../../shared/comparison-schemas.ts';
import type { ComparisonDraft } from '../../../shared/workspace-schemas.ts';
import { type DraftMessage, newMessage } from '../composer/draft-store.ts';
import { messageEdits } from '../composer/message-edits.ts';
import {
  duplicatePane,
  maximumPanes,
  minimumPanes,
  moveItem,
  newPane,
  type PaneSettings,
  type PaneTextField,
  paneFromSaved,
  withRound,
} from './pane-settings.ts';

/** The comparison being edited: one shared conversation, and 2 to 6 panes that each answer it. */
interface CompareState {
  /** A random UUID per comparison: the history links each pane's calls to it, and Save uses it. */
  comparisonId: string;
  name: string;
  system: string;
  messages: DraftMessage[];
  /** Follow-ups already sent; the current round is their count (0 before any). */
  followUps: string[];
  followUpDraft: string;
  panes: PaneSettings[];
  /** False until the first opening takes the composer's conversation. */
  initialized: boolean;
  /** Validation messages appear after the first attempt to send or save, then follow every edit. */
  showIssues: boolean;
  syncScroll: boolean;
  /** The two panes whose answers the diff compares, by id. */
  diffPair: [string, string] | undefined;
  /** Epoch milliseconds of the last save or open; unset for a comparison never saved. */
  savedAt?: number;

  initialize(seed: { profileId: string; model: string; system: string; messages: DraftMessage[] }): void;
  load(comparison: Comparison): void;
  /** Puts back a comparison as it was left in the last session. */
  restore(draft: ComparisonDraft): void;
  /** Forgets the comparison, for a closed tab: the next opening starts from the composer again. */
  reset(): void;
  markSaved(savedAt: number | undefined): void;
  setName(name: string): void;
  setSystem(system: string): void;
  setMessageContent(id: string, content: string): void;
  toggleMessageRole(id: string): void;
  addMessage(): void;
  removeMessage(id: string): void;
  setFollowUpDraft(text: string): void;
  /** Starts another round: the follow-up joins the conversation and the draft empties. */
  addFollowUp(text: string): number;
  /** Before a fresh "Send to all": earlier rounds and their answers no longer apply. */
  startOver(): void;
  setPaneText(paneId: string, field: PaneTextField, value: string): void;
  setPaneProfile(paneId: string, profileId: string, model: string): void;
  setPaneStream(paneId: string, stream: boolean): void;
  setPaneView(paneId: string, view: PaneSettings['view']): void;
  duplicatePane(paneId: string): void;
  removePane(paneId: string): void;
  movePane(paneId: string, offset: number): void;
  recordRound(paneId: string, round: number, record: { answer?: string; historyId?: string }): void;
  setShowIssues(show: boolean): void;
  setSyncScroll(sync: boolean): void;
  setDiffPair(pair: [string, string]): void;
}

/** A comparison not started yet: the next opening takes the composer's conversation. */
function freshComparison() {
  return {
    comparisonId: crypto.randomUUID(),
    name: '',
    system: '',
    messages: [newMessage('user')],
    followUps: [],
    followUpDraft: '',
    panes: [],
    initialized: false,
    showIssues: false,
  };
}

export const useCompareStore = create<CompareState>()((set, get) => {
  const updatePane = (paneId: string, change: (pane: PaneSettings) => PaneSettings) =>
    set({ panes: get().panes.map((pane) => (pane.id === paneId ? change(pane) : pane)) });

  return {
    ...freshComparison(),
    syncScroll: false,
    diffPair: undefined,

    initialize(seed) {
      if (get().initialized) return;
      // Compare usually starts from a question already asked in the composer: it is taken along.
      set({
        initialized: true,
        system: seed.system,
        messages: seed.messages.map((message) => newMessage(message.role, message.content)),
        panes: [newPane(seed.profileId, seed.model), newPane(seed.profileId, seed.model)],
      });
    },
    load(comparison) {
      set({
        initialized: true,
        comparisonId: comparison.id,
        name: comparison.name,
        system: comparison.system ?? '',
        messages: comparison.messages.map((message) => newMessage(message.role, message.content)),
        followUps: [...comparison.followUps],
        followUpDraft: '',
        panes: comparison.panes.map(paneFromSaved),
        showIssues: false,
        diffPair: undefined,
        savedAt: comparison.savedAt,
      });
    },
    restore(draft) {
      set({
        ...draft,
        messages: draft.messages.map((message) => ({ ...message })),
        panes: draft.panes.map((pane) => ({ ...pane })),
        initialized: draft.panes.length > 0,
        showIssues: false,
        diffPair: undefined,
      });
    },
    reset() {
      set({ ...freshComparison(), diffPair: undefined, savedAt: undefined });
    },
    markSaved(savedAt) {
      set({ savedAt });
    },
    setName(name) {
      set({ name });
    },
    setSystem(system) {
      set({ system });
    },
    ...messageEdits(get, set),
    setFollowUpDraft(followUpDraft) {
      set({ followUpDraft });
    },
    addFollowUp(text) {
      const followUps = [...get().followUps, text];
      set({ followUps, followUpDraft: '' });
      return followUps.length;
    },
    startOver() {
      set({
        followUps: [],
        panes: get().panes.map((pane) => ({ ...pane, answers: [], historyIds: [] })),
      });
    },
    setPaneText(paneId, field, value) {
      updatePane(paneId, (pane) => ({ ...pane, [field]: value }));
    },
    setPaneProfile(paneId, profileId, model) {
      // A model name rarely carries over between vendors, so switching starts from the profile's default.
      updatePane(paneId, (pane) => ({ ...pane, profileId, model }));
    },
    setPaneStream(paneId, stream) {
      updatePane(paneId, (pane) => ({ ...pane, stream }));
    },
    setPaneView(paneId, view) {
      updatePane(paneId, (pane) => ({ ...pane, view }));
    },
    duplicatePane(paneId) {
      const { panes } = get();
      const index = panes.findIndex((pane) => pane.id === paneId);
      const original = panes[index];
      if (!original || panes.length >= maximumPanes) return;
      // Right beside the original, where the one setting to change is easy to find.
      set({ panes: [...panes.slice(0, index + 1), duplicatePane(original), ...panes.slice(index + 1)] });
    },
    removePane(paneId) {
      const { panes, diffPair } = get();
      if (panes.length <= minimumPanes) return;
      set({
        panes: panes.filter((pane) => pane.id !== paneId),
        diffPair: diffPair?.includes(paneId) ? undefined : diffPair,
      });
    },
    movePane(paneId, offset) {
      const { panes } = get();
      set({
        panes: [
          ...moveItem(
            panes,
            panes.findIndex((pane) => pane.id === paneId),
            offset,
          ),
        ],
      });
    },
    recordRound(paneId, round, record) {
      updatePane(paneId, (pane) => ({
        ...pane,
        answers: record.answer === undefined ? pane.answers : withRound(pane.answers, round, record.answer),
        historyIds:
          record.historyId === undefined
            ? pane.historyIds
            : withRound(pane.historyIds, round, record.historyId),
      }));
    },
    setShowIssues(showIssues) {
      set({ showIssues });
    },
    setSyncScroll(syncScroll) {
      set({ syncScroll });
    },
    setDiffPair(diffPair) {
      set({ diffPair });
    },
  };
});

/** The two panes the diff compares: the chosen ones while they exist, else the first two. */
/** The comparison's own fields, what its tab saves: the editor's flags are left out. */
export function comparisonDraftOf(state: CompareState): ComparisonDraft {
  const { comparisonId, name, savedAt, system, messages, followUps, followUpDraft, panes, syncScroll } =
    state;
  return {
    comparisonId,
    name,
    ...(savedAt !== undefined && { savedAt }),
    system,
    messages,
    followUps,
    followUpDraft,
    panes,
    syncScroll,
  };
}

export function diffPairOf(state: Pick<CompareState, 'panes' | 'diffPair'>): [string, string] | undefined {
  const ids = state.panes.map((pane) => pane.id);
  if (state.diffPair?.every((id) => ids.includes(id))) return state.diffPair;
  const [first, second] = ids;
  return first && second ? [first, second] : undefined;
}
