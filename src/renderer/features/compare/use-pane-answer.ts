import { useStore } from 'zustand';
import { isRunning } from '../run/run-store.ts';
import { useCompareStore } from './compare-store.ts';
import { usePaneRunStore } from './pane-runs-context.tsx';

export type PaneAnswer = { state: 'running' } | { state: 'ready'; text: string };

/**
 * A pane's current answer once it stopped changing: its run's text, or the saved text of a
 * reopened comparison. While the run streams this reports only that it runs, so whoever reads it
 * does not redraw on every frame.
 */
export function usePaneAnswer(paneId: string): PaneAnswer {
  const store = usePaneRunStore(paneId);
  const live = useStore(store, (state) => {
    if (!state.transcript) return undefined;
    return isRunning(state.transcript) ? null : state.transcript.text;
  });
  const saved = useCompareStore((state) => {
    const pane = state.panes.find((candidate) => candidate.id === paneId);
    return pane?.answers[state.followUps.length] ?? '';
  });
  if (live === null) return { state: 'running' };
  return { state: 'ready', text: live ?? saved };
}
