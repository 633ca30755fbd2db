import { useEffect } from 'react';
import { useBridge } from '../../lib/bridge-context.tsx';
import { useCompareStore } from '../compare/compare-store.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { useTabs } from './tabs-store.ts';

// Long enough that typing a prompt is one save, not one per key; short enough that closing the
// window right after typing loses nothing (and the page's last moment saves what waits).
const saveDelayMs = 400;

/** Brings back the tabs of the last session, then saves them shortly after every change. */
export function useWorkspacePersistence(): void {
  const bridge = useBridge();
  const restored = useTabs((state) => state.restored);
  const persistent = useTabs((state) => state.persistent);

  useEffect(() => {
    if (useTabs.getState().restored) return;
    let current = true;
    void bridge['workspace.get']({}).then((result) => {
      if (!current || useTabs.getState().restored) return;
      if (result.ok && result.value.problem) console.warn(`Promptwire: ${result.value.problem}`);
      // Without an answer, nothing is saved either: an empty window must not overwrite the tabs.
      useTabs.getState().restore(result.ok ? result.value.workspace : undefined, result.ok);
    });
    return () => {
      current = false;
    };
  }, [bridge]);

  useEffect(() => {
    if (!restored || !persistent) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      void bridge['workspace.save'](useTabs.getState().snapshot());
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(save, saveDelayMs);
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const stops = [
      useDraftStore.subscribe(schedule),
      useCompareStore.subscribe(schedule),
      useTabs.subscribe(schedule),
    ];
    window.addEventListener('pagehide', flush);
    return () => {
      for (const stop of stops) stop();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [bridge, restored, persistent]);
}
