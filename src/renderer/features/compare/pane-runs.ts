import type { StoreApi } from 'zustand';
import type { PromptwireBridge } from '../../../shared/contract.ts';
import type { ConnectionState } from '../../lib/connection-state.ts';
import { createRunStore, type RunState } from '../run/run-store.ts';

/**
 * One run store per pane, made on first use: each pane streams, batches per frame and re-renders
 * on its own, so a slow or failing pane never holds up the others. Kept outside React so that
 * switching to the single view and back leaves running panes running.
 */
export interface PaneRuns {
  get(paneId: string): StoreApi<RunState>;
  /** Stops and forgets the stores of panes that are gone. */
  keepOnly(paneIds: readonly string[]): void;
  /** Forgets every pane's run, for a comparison opened from a file. */
  clear(): void;
}

export function createPaneRuns(bridge: PromptwireBridge, connection: StoreApi<ConnectionState>): PaneRuns {
  const stores = new Map<string, StoreApi<RunState>>();

  function discard(paneId: string): void {
    const store = stores.get(paneId);
    if (!store) return;
    stores.delete(paneId);
    // A pane removed mid-stream should not keep paying for tokens nobody will see.
    void store.getState().stop();
    store.getState().dispose();
  }

  return {
    get(paneId) {
      let store = stores.get(paneId);
      if (!store) {
        store = createRunStore(bridge, connection);
        stores.set(paneId, store);
      }
      return store;
    },
    keepOnly(paneIds) {
      for (const paneId of [...stores.keys()]) {
        if (!paneIds.includes(paneId)) discard(paneId);
      }
    },
    clear() {
      for (const paneId of [...stores.keys()]) discard(paneId);
    },
  };
}
