import { createContext, type ReactNode, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { PromptwireBridge } from '../../../shared/contract.ts';
import type { ConnectionState } from '../../lib/connection-state.ts';
import { RunProvider } from '../run/run-context.tsx';
import { createRunStore, type RunState } from '../run/run-store.ts';
import { requestTabIdOf, useTabs } from './tabs-store.ts';

/**
 * One run store per request tab, made on first use and kept outside React: a tab left while its
 * answer streams keeps streaming, and shows the whole answer when it is shown again.
 */
export interface TabRuns {
  get(tabId: string): StoreApi<RunState>;
  /** Stops a closed tab's run (nobody will read it) and forgets its store. */
  discard(tabId: string): void;
}

export function createTabRuns(bridge: PromptwireBridge, connection: StoreApi<ConnectionState>): TabRuns {
  const stores = new Map<string, StoreApi<RunState>>();
  return {
    get(tabId) {
      let store = stores.get(tabId);
      if (!store) {
        store = createRunStore(bridge, connection);
        stores.set(tabId, store);
      }
      return store;
    },
    discard(tabId) {
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

/** Provides the tabs' runs, and the shown request tab's run to everything that reads a run. */
export function TabRunsProvider(props: { runs: TabRuns; children: ReactNode }) {
  const tabId = useTabs(requestTabIdOf);
  return (
    <TabRunsContext value={props.runs}>
      <RunProvider store={props.runs.get(tabId)}>{props.children}</RunProvider>
    </TabRunsContext>
  );
}
