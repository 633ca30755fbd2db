import { createContext, type ReactNode, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { RunState } from '../run/run-store.ts';
import type { PaneRuns } from './pane-runs.ts';

const PaneRunsContext = createContext<PaneRuns | null>(null);

export function PaneRunsProvider(props: { runs: PaneRuns; children: ReactNode }) {
  return <PaneRunsContext value={props.runs}>{props.children}</PaneRunsContext>;
}

export function usePaneRuns(): PaneRuns {
  const runs = useContext(PaneRunsContext);
  if (!runs) throw new Error('usePaneRuns() needs a <PaneRunsProvider> above it');
  return runs;
}

export function usePaneRunStore(paneId: string): StoreApi<RunState> {
  return usePaneRuns().get(paneId);
}
