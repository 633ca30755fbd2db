import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/bridge-context.tsx';
import { Composer } from '../composer/composer.tsx';
import { HistorySidebar } from '../history/history-sidebar.tsx';
import { ResponseView } from '../response/response-view.tsx';
import { useAppearance } from '../settings/apply-appearance.ts';
import { AppHeader } from './app-header.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { MissingTokenPage } from './missing-token-page.tsx';
import { NoticesBanner } from './notices-banner.tsx';
import { useAppView } from './view-store.ts';

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
  const view = useAppView((state) => state.view);
  useAppearance();
  if (missingToken) return <MissingTokenPage />;
  return (
    <div className="app">
      <AppHeader />
      <ConnectionBanner />
      <NoticesBanner />
      {/* The single view unmounts while comparing; its draft, run and history live in stores. */}
      {view === 'compare' ? (
        <Suspense fallback={<main className="compare-workspace" />}>
          <CompareView />
        </Suspense>
      ) : (
        <main className="workspace">
          <HistorySidebar />
          <Composer />
          <ResponseView />
        </main>
      )}
    </div>
  );
}
