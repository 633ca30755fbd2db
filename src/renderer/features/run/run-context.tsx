import { createContext, type ReactNode, useContext } from 'react';
import { type StoreApi, useStore } from 'zustand';
import type { RunState } from './run-store.ts';

const RunContext = createContext<StoreApi<RunState> | null>(null);

export function RunProvider(props: { store: StoreApi<RunState>; children: ReactNode }) {
  return <RunContext value={props.store}>{props.children}</RunContext>;
}

export function useRun<T>(selector: (state: RunState) => T): T {
  const store = useContext(RunContext);
  if (!store) throw new Error('useRun() needs a <RunProvider> above it');
  return useStore(store, selector);
}

/** The transcript is mutated in place, so subscribing to `revision` is what re-renders on news. */
export function useTranscript() {
  useRun((state) => state.revision);
  return useRun((state) => state.transcript);
}
