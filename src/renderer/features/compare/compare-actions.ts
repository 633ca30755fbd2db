import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import { paneRequest } from '../../../shared/comparison-requests.ts';
import { isRunning } from '../run/run-store.ts';
import { useTabs } from '../workspace/tabs-store.ts';
import { useCompareStore } from './compare-store.ts';
import type { PaneRuns } from './pane-runs.ts';
import {
  type ComparisonIssues,
  type ComparisonValidation,
  validateComparison,
} from './validate-comparison.ts';

export type ValidComparison = Extract<ComparisonValidation, { ok: true }>;

/**
 * The comparison as requests, or nothing after pointing at what to fix: sending and saving check
 * the same way, with the composer's rules.
 */
export function checkedComparison(): ValidComparison | undefined {
  const state = useCompareStore.getState();
  const validation = validateComparison(state);
  if (!validation.ok) {
    state.setShowIssues(true);
    focusFirstIssue(validation.issues);
    return undefined;
  }
  state.setShowIssues(false);
  return validation;
}

export function anyPaneRunning(runs: PaneRuns): boolean {
  return useCompareStore.getState().panes.some((pane) => isRunning(runs.get(pane.id).getState().transcript));
}

/** Every pane at once, from the first round: earlier rounds and their answers are dropped. */
export function sendToAll(runs: PaneRuns): void {
  if (anyPaneRunning(runs)) return;
  const comparison = checkedComparison();
  if (!comparison) return;
  useCompareStore.getState().startOver();
  startPanes(runs, comparison, 0);
}

/** The follow-up to every pane, each with its own earlier answers as the assistant's turns. */
export function sendFollowUp(runs: PaneRuns): boolean {
  const text = useCompareStore.getState().followUpDraft;
  if (!text.trim() || anyPaneRunning(runs)) return false;
  const comparison = checkedComparison();
  if (!comparison) return false;
  const round = useCompareStore.getState().addFollowUp(text);
  startPanes(runs, comparison, round);
  return true;
}

/** One pane alone, in the current round: a first send, or a rerun after a change. */
export function runPane(runs: PaneRuns, paneId: string): void {
  if (isRunning(runs.get(paneId).getState().transcript)) return;
  const comparison = checkedComparison();
  if (!comparison) return;
  startPaneRound(runs, comparison, paneId, useCompareStore.getState().followUps.length);
}

export function stopAll(runs: PaneRuns): void {
  cancelPendingStarts();
  for (const pane of useCompareStore.getState().panes) void runs.get(pane.id).getState().stop();
}

// Starting a pane redraws it, and six panes started in one task held the window for one long
// task. The first pane starts at once and each other one in a task of its own, a few
// milliseconds later, so the window can paint in between.
let pendingStarts: ReturnType<typeof setTimeout>[] = [];

function cancelPendingStarts(): void {
  for (const timer of pendingStarts) clearTimeout(timer);
  pendingStarts = [];
}

function startPanes(runs: PaneRuns, comparison: ValidComparison, round: number): void {
  cancelPendingStarts();
  const { comparisonId } = useCompareStore.getState();
  comparison.panes.forEach((pane, index) => {
    const start = () => {
      // Another comparison shown in between has its own panes: this one's are not started there.
      if (useCompareStore.getState().comparisonId === comparisonId) {
        startPaneRound(runs, comparison, pane.id, round);
      }
    };
    if (index === 0) start();
    else pendingStarts.push(setTimeout(start, 0));
  });
}

function startPaneRound(runs: PaneRuns, comparison: ValidComparison, paneId: string, round: number): void {
  const state = useCompareStore.getState();
  const pane = comparison.panes.find((candidate) => candidate.id === paneId);
  if (!pane) return;
  const current = state.panes.find((candidate) => candidate.id === paneId);
  // The answers recorded so far, not the ones of the moment the check ran: a round may have ended since.
  const request = paneRequest(
    { ...comparison.conversation, followUps: state.followUps },
    { ...pane, answers: current?.answers ?? [] },
    round,
  );
  state.recordRound(paneId, round, { answer: '', historyId: '' });
  // The round may end while another comparison is shown: it is kept in its own comparison's tab.
  const { comparisonId } = state;
  const record = (value: { answer?: string; historyId?: string }) =>
    useTabs.getState().recordRound(comparisonId, paneId, round, value);
  const store = runs.get(paneId);
  const started = store.getState().start(pane.profileId, request, { comparisonId });
  // start() takes its request id before its first await, so it is already the store's.
  const { requestId } = store.getState();
  const unsubscribe = store.subscribe((run) => {
    if (run.requestId !== requestId) {
      unsubscribe();
    } else if (!isRunning(run.transcript)) {
      unsubscribe();
      // Only a whole answer continues the conversation; a failed round leaves '' (see the schema).
      const answer = run.transcript?.status === 'done' ? run.transcript.text : '';
      record({ answer });
    }
  });
  void started.then(() => {
    const run = store.getState();
    if (run.requestId === requestId && run.historyId) {
      record({ historyId: run.historyId });
    }
  });
}

const paneFieldOrder = ['model', 'temperature', 'maxTokens', 'topP', 'stop'] as const;

/** Focus goes to the first field, in screen order, that needs the user's attention. */
export function focusFirstIssue(issues: ComparisonIssues): void {
  const messageId = Object.keys(issues.messages)[0];
  let elementId = messageId && `compare-message-${messageId}`;
  if (!elementId) {
    for (const pane of useCompareStore.getState().panes) {
      const field = paneFieldOrder.find((name) => issues.panes[pane.id]?.[name]);
      if (field) {
        elementId = paneFieldId(pane.id, field);
        break;
      }
    }
  }
  // After the next render: a parameter with an issue opens its section, which is closed now.
  if (elementId) requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}

export function paneFieldId(paneId: string, field: (typeof paneFieldOrder)[number]): string {
  return `pane-${paneId}-${field}`;
}

/** What the pane would send now (its next round), for the Export panel; undefined when invalid. */
export function paneExportSubject(paneId: string): { profileId: string; request: ChatRequest } | undefined {
  const comparison = checkedComparison();
  const pane = comparison?.panes.find((candidate) => candidate.id === paneId);
  if (!comparison || !pane) return undefined;
  const state = useCompareStore.getState();
  const current = state.panes.find((candidate) => candidate.id === paneId);
  const request = paneRequest(
    { ...comparison.conversation, followUps: state.followUps },
    { ...pane, answers: current?.answers ?? [] },
    state.followUps.length,
  );
  return { profileId: pane.profileId, request };
}
