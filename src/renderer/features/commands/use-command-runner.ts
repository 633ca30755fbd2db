import { useCallback } from 'react';
import { sendToAll, stopAll } from '../compare/compare-actions.ts';
import { usePaneRuns } from '../compare/pane-runs-context.tsx';
import { useHistoryView } from '../history/history-view-store.ts';
import { useTabRuns } from '../workspace/tab-runs.tsx';
import { useTabs } from '../workspace/tabs-store.ts';
import { useOverlays } from './overlays-store.ts';
import type { CommandId } from './shortcuts.ts';

/** Runs on the next frame, once React has drawn what the command just opened. */
const afterRender = (action: () => void) => requestAnimationFrame(() => requestAnimationFrame(action));

/** What each command does, wherever it is asked for: a key, the palette, or the help overlay. */
export function useCommandRunner(): (id: CommandId) => void {
  const tabRuns = useTabRuns();
  const paneRuns = usePaneRuns();
  return useCallback(
    (id: CommandId) => {
      const tabs = useTabs.getState();
      const active = tabs.tabs.find((tab) => tab.id === tabs.activeTabId);
      const comparing = active?.kind === 'comparison';
      switch (id) {
        case 'send':
          if (comparing) sendToAll(paneRuns);
          else document.querySelector<HTMLFormElement>('form.composer')?.requestSubmit();
          return;
        case 'stop':
          if (comparing) stopAll(paneRuns);
          else if (active) void tabRuns.get(active.id).getState().stop();
          return;
        case 'newTab':
          tabs.newRequest();
          afterRender(() =>
            document.querySelector<HTMLTextAreaElement>('form.composer .message-list textarea')?.focus(),
          );
          return;
        case 'closeTab':
          if (!active) return;
          tabs.close(active.id);
          tabRuns.discard(active.id);
          return;
        case 'nextTab':
          tabs.activateNext(1);
          return;
        case 'previousTab':
          tabs.activateNext(-1);
          return;
        case 'focusMessage':
          document.querySelector<HTMLTextAreaElement>('main .message-list textarea')?.focus();
          return;
        case 'searchHistory':
          tabs.showRequest();
          useHistoryView.getState().setOpen(true);
          afterRender(() => document.querySelector<HTMLInputElement>('.history-search')?.focus());
          return;
        case 'palette':
        case 'shortcuts':
          useOverlays.getState().show(id);
          return;
      }
    },
    [tabRuns, paneRuns],
  );
}
