import { useTranslation } from 'react-i18next';
import { sendToAll, stopAll } from './compare-actions.ts';
import { useCompareStore } from './compare-store.ts';
import { useAnyPaneRunning } from './pane-measurements.ts';
import { usePaneRuns } from './pane-runs-context.tsx';
import { maximumPanes } from './pane-settings.ts';

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

/** Send to all (Stop all while any pane runs), synchronized scrolling, and how many panes there are. */
export function CompareToolbar() {
  const { t } = useTranslation();
  const runs = usePaneRuns();
  const running = useAnyPaneRunning();
  const paneCount = useCompareStore((state) => state.panes.length);
  const syncScroll = useCompareStore((state) => state.syncScroll);
  const setSyncScroll = useCompareStore((state) => state.setSyncScroll);

  return (
    <div className="compare-toolbar">
      <button
        type="button"
        className={running ? 'stop-button' : 'send-button'}
        onClick={() => (running ? stopAll(runs) : sendToAll(runs))}
        aria-keyshortcuts={running ? undefined : isApple ? 'Meta+Enter' : 'Control+Enter'}
      >
        {running ? t('ui.compare.toolbar.stopAll') : t('ui.compare.toolbar.sendAll')}
      </button>
      <span className="shortcut-hint" aria-hidden="true">
        {t(isApple ? 'ui.compare.toolbar.shortcutApple' : 'ui.compare.toolbar.shortcut')}
      </span>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={syncScroll}
          onChange={(event) => setSyncScroll(event.target.checked)}
        />
        {t('ui.compare.toolbar.syncScroll')}
      </label>
      <span className="pane-count">
        {t('ui.compare.toolbar.paneCount', { count: paneCount, max: maximumPanes })}
      </span>
    </div>
  );
}
