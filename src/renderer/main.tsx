import './styles/base.css';
import './styles/layout.css';
import './styles/composer.css';
import './styles/response.css';
import './styles/answer.css';
import './styles/markdown.css';
import './styles/raw.css';
import './styles/network.css';
import './styles/connection.css';
import './styles/attempts.css';
import './styles/profiles.css';
import './styles/keys.css';
import './styles/history.css';
import './styles/collections.css';
import './styles/export.css';
import './styles/compare.css';
import './styles/compare-pane.css';
import './styles/compare-summary.css';
import './styles/settings.css';
import './styles/tabs.css';
import './styles/narrow.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './features/app/app.tsx';
import { createTabRuns, TabRunsProvider } from './features/workspace/tab-runs.tsx';
import { BridgeProvider } from './lib/bridge-context.tsx';
import { i18n } from './lib/i18n.ts';
import { selectBridge } from './lib/select-bridge.ts';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');

const { bridge, connection } = selectBridge();
const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } },
});
// After a reconnect the host may have restarted; what the window knows may be stale.
connection.subscribe((state, previous) => {
  if (state.status === 'open' && previous.status === 'reconnecting') void queryClient.invalidateQueries();
});
// Each request tab's run, kept while the tab is open, streaming or not.
const tabRuns = createTabRuns(bridge, connection);

createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <BridgeProvider bridge={bridge} connection={connection}>
          <TabRunsProvider runs={tabRuns}>
            <App />
          </TabRunsProvider>
        </BridgeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
