import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/bridge-context.tsx';
import { CommandPalette } from '../commands/command-palette.tsx';
import { ShortcutsHelp } from '../commands/shortcuts-help.tsx';
import { useShortcuts } from '../commands/use-shortcuts.ts';
import { Composer } from '../composer/composer.tsx';
import { ResponseView } from '../response/response-view.tsx';
import { useAppearance } from '../settings/apply-appearance.ts';
import { TabStrip } from '../workspace/tab-strip.tsx';
import { useTabs } from '../workspace/tabs-store.ts';
import { useWorkspacePersistence } from '../workspace/use-workspace-persistence.ts';
import { AppHeader } from './app-header.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { LeftColumn } from './left-column.tsx';
import { MissingTokenPage } from './missing-token-page.tsx';
import { NoticesBanner } from './notices-banner.tsx';
import { useAppInfo } from './use-app-info.ts';

// Loaded on first use: Markdown and the diff are needed only there, and the single view starts sooner.
const CompareView = lazy(async () => ({
  default: (await import('../compare/compare-view.tsx')).CompareView,
}));

export function App() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('ui.app.title');
  }, [t]);
  // Opened without ?token= and the socket was refused: the address is not the one the host printed.
  const missingToken = useConnection(
    (state) => !state.tokenInAddress && !state.hasConnected && state.failedAttempts > 0,
  );
  const view = useTabs((state) => state.tabs.find((tab) => tab.id === state.activeTabId)?.kind);
  const restored = useTabs((state) => state.restored);
  const activeTabId = useTabs((state) => state.activeTabId);
  useAppearance();
  useWorkspacePersistence();
  useShortcuts(useAppInfo().data?.transport === 'electron');
  if (missingToken) return <MissingTokenPage />;
  return (
    <div className="app">
      <AppHeader />
      <ConnectionBanner />
      <NoticesBanner />
      {restored && <TabStrip />}
      {/* Until the last session's tabs are back, there is nothing to edit that could be lost. */}
      {!restored ? (
        <main className="workspace" />
      ) : view === 'comparison' ? (
        <Suspense fallback={<main className="compare-workspace" />}>
          {/* Keyed by its tab: another comparison starts with nothing left over from this one. */}
          <CompareView key={activeTabId} />
        </Suspense>
      ) : (
        <main className="workspace">
          <LeftColumn />
          <Composer />
          <ResponseView />
        </main>
      )}
      <CommandPalette />
      <ShortcutsHelp />
    </div>
  );
}
