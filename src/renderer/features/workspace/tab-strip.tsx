import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useCompareStore } from '../compare/compare-store.ts';
import { type Draft, useDraftStore } from '../composer/draft-store.ts';
import { isRunning } from '../run/run-store.ts';
import { useTabRuns } from './tab-runs.tsx';
import { type TabEntry, useTabs } from './tabs-store.ts';

const titleLength = 28;

function requestTitle(draft: Draft | undefined): string | undefined {
  // A saved request goes by its name, as in the collection.
  if (draft?.source) return draft.source.path.slice(draft.source.path.lastIndexOf('/') + 1);
  const first = draft?.messages.find((message) => message.role === 'user' && message.content.trim());
  const line = first?.content.trim().split('\n')[0];
  if (line) return line.length > titleLength ? `${line.slice(0, titleLength - 1)}…` : line;
  return draft?.model.trim() || undefined;
}

function RequestTabTitle(props: { tab: TabEntry; active: boolean }) {
  const { t } = useTranslation();
  const live = useDraftStore((state) => (props.active ? requestTitle(state) : undefined));
  const kept = useTabs((state) => (props.active ? undefined : requestTitle(state.drafts[props.tab.id])));
  const running = useStore(useTabRuns().get(props.tab.id), (state) => isRunning(state.transcript));
  return (
    <>
      {running && (
        <span className="tab-running" title={t('ui.tabs.running')}>
          <span className="visually-hidden">{t('ui.tabs.running')}</span>
        </span>
      )}
      {(props.active ? live : kept) ?? t('ui.tabs.untitled')}
    </>
  );
}

function ComparisonTabTitle(props: { tab: TabEntry }) {
  const { t } = useTranslation();
  const live = useTabs((state) => state.liveComparison === props.tab.id);
  const liveName = useCompareStore((state) => state.name.trim());
  const keptName = useTabs((state) => state.comparisons[props.tab.id]?.name.trim());
  const name = live ? liveName : keptName;
  return <>{name ? t('ui.tabs.comparisonNamed', { name }) : t('ui.tabs.comparison')}</>;
}

/** The open requests and the comparison, as tabs: each keeps its draft and its run. */
export function TabStrip() {
  const { t } = useTranslation();
  const tabs = useTabs((state) => state.tabs);
  const activeTabId = useTabs((state) => state.activeTabId);
  const runs = useTabRuns();

  const close = (tab: TabEntry) => {
    useTabs.getState().close(tab.id);
    runs.discard(tab.id);
  };

  return (
    <div className="tab-strip">
      <div role="tablist" aria-label={t('ui.tabs.label')} className="tab-strip-tabs">
        {tabs.map((tab) => {
          const active = tab.id === activeTabId;
          return (
            <div key={tab.id} className={active ? 'workspace-tab active' : 'workspace-tab'}>
              <button
                type="button"
                role="tab"
                aria-selected={active}
                className="workspace-tab-button"
                onClick={() => useTabs.getState().activate(tab.id)}
                tabIndex={active ? 0 : -1}
                onKeyDown={(event) => {
                  // Arrow keys move between tabs, as in any tab list.
                  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                  event.preventDefault();
                  useTabs.getState().activateNext(event.key === 'ArrowRight' ? 1 : -1);
                  requestAnimationFrame(() =>
                    document
                      .querySelector<HTMLElement>('.tab-strip [role="tab"][aria-selected="true"]')
                      ?.focus(),
                  );
                }}
                onAuxClick={(event) => {
                  // A middle click closes a tab, as in browsers and Postman.
                  if (event.button === 1) close(tab);
                }}
              >
                {tab.kind === 'request' ? (
                  <RequestTabTitle tab={tab} active={active} />
                ) : (
                  <ComparisonTabTitle tab={tab} />
                )}
              </button>
              <button
                type="button"
                className="workspace-tab-close"
                aria-label={t('ui.tabs.close')}
                title={t('ui.tabs.close')}
                onClick={() => close(tab)}
              >
                ×
              </button>
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="workspace-tab-new"
        title={t('ui.tabs.newRequest')}
        aria-label={t('ui.tabs.newRequest')}
        onClick={() => useTabs.getState().newRequest()}
      >
        +
      </button>
    </div>
  );
}
