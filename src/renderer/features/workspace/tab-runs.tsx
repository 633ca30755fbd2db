import { createContext, type ReactNode, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { PromptwireBridge } from '../../../shared/contract.ts';
import type { ConnectionState } from '../../lib/connection-state.ts';
import { createPaneRuns, type PaneRuns } from '../compare/pane-runs.ts';
import { PaneRunsProvider } from '../compare/pane-runs-context.tsx';
import { RunProvider } from '../run/run-context.tsx';
import { createRunStore, type RunState } from '../run/run-store.ts';
import { liveComparisonTabId, requestTabIdOf, useTabs } from './tabs-store.ts';

/**
 * One run store per request tab, made on first use and kept outside React: a tab left while its
 * answer streams keeps streaming, and shows the whole answer when it is shown again.
 */
export interface TabRuns {
  get(tabId: string): StoreApi<RunState>;
  /** A comparison tab's panes' runs, each pane its own store (pane-runs.ts). */
  panes(tabId: string): PaneRuns;
  /** Stops a closed tab's runs (nobody will read them) and forgets their stores. */
  discard(tabId: string): void;
}

export function createTabRuns(bridge: PromptwireBridge, connection: StoreApi<ConnectionState>): TabRuns {
  const stores = new Map<string, StoreApi<RunState>>();
  const comparisons = new Map<string, PaneRuns>();
  return {
    panes(tabId) {
      let runs = comparisons.get(tabId);
      if (!runs) {
        runs = createPaneRuns(bridge, connection);
        comparisons.set(tabId, runs);
      }
      return runs;
    },
    get(tabId) {
      let store = stores.get(tabId);
      if (!store) {
        store = createRunStore(bridge, connection);
        stores.set(tabId, store);
      }
      return store;
    },
    discard(tabId) {
      comparisons.get(tabId)?.clear();
      comparisons.delete(tabId);
      const store = stores.get(tabId);
      if (!store) return;
      stores.delete(tabId);
      void store.getState().stop();
      store.getState().dispose();
    },
  };
}

const TabRunsContext = createContext<TabRuns | null>(null);

export function useTabRuns(): TabRuns {
  const runs = useContext(TabRunsContext);
  if (!runs) throw new Error('useTabRuns() needs a <TabRunsProvider> above it');
  return runs;
}

/**
 * Provides the tabs' runs, the shown request tab's run to everything that reads a run, and the
 * shown comparison's panes' runs to the comparison.
 */
export function TabRunsProvider(props: { runs: TabRuns; children: ReactNode }) {
  const tabId = useTabs(requestTabIdOf);
  const comparisonTabId = useTabs(liveComparisonTabId) ?? 'no-comparison-tab';
  return (
    <TabRunsContext value={props.runs}>
      <RunProvider store={props.runs.get(tabId)}>
        <PaneRunsProvider runs={props.runs.panes(comparisonTabId)}>{props.children}</PaneRunsProvider>
      </RunProvider>
    </TabRunsContext>
  );
}
