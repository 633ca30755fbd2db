import { useEffect } from 'react';
import { isRunning } from '../run/run-store.ts';
import { useTabRuns } from '../workspace/tab-runs.tsx';
import { useTabs } from '../workspace/tabs-store.ts';
import { commandFor } from './shortcuts.ts';
import { useCommandRunner } from './use-command-runner.ts';

export const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The window's keyboard shortcuts (shortcuts.ts), listened for once, for the whole window. */
export function useShortcuts(desktop: boolean): void {
  const run = useCommandRunner();
  const tabRuns = useTabRuns();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A field or dialog that already used the key (the composer's Ctrl+Enter, Escape closing
      // a dialog) keeps it; an open dialog keeps every key.
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
      const id = commandFor(event, { apple: isApple, desktop });
      if (!id) return;
      // "?" is a character in a text field.
      if (id === 'shortcuts' && event.code === 'Slash' && typingIn(event.target)) return;
      if (id === 'stop') {
        const { tabs, activeTabId } = useTabs.getState();
        const active = tabs.find((tab) => tab.id === activeTabId);
        const running = active?.kind === 'request' && isRunning(tabRuns.get(active.id).getState().transcript);
        if (!running && active?.kind !== 'comparison') return;
      }
      event.preventDefault();
      run(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, desktop, tabRuns]);
}
