import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerPanel } from '../response/answer-panel.tsx';
import { AttemptTimeline } from '../response/attempt-timeline.tsx';
import { MetricsBar } from '../response/metrics-bar.tsx';
import { RawPanel } from '../response/raw-panel.tsx';
import { RunStatus } from '../response/run-status.tsx';
import { useTranscript } from '../run/run-context.tsx';
import { useCompareStore } from './compare-store.ts';
import { MarkdownText } from './markdown-text.tsx';
import type { PaneSettings } from './pane-settings.ts';
import { PaneThread, SavedAnswer } from './pane-thread.tsx';
import { useSyncedScroll } from './synced-scroll.ts';

const tabs = ['answer', 'raw'] as const;

function renderMarkdown(text: string) {
  return <MarkdownText text={text} />;
}
type Tab = (typeof tabs)[number];

/**
 * The live part of a pane, the only one that redraws as its answer streams: the single view's
 * timeline, metrics, answer and Raw tab, fed by this pane's own run store.
 */
export function PaneResult(props: { pane: PaneSettings; number: number }) {
  const { t } = useTranslation();
  const { pane } = props;
  const [tab, setTab] = useState<Tab>('answer');
  const tabElements = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const panel = useRef<HTMLDivElement>(null);
  const transcript = useTranscript();
  const syncScroll = useCompareStore((state) => state.syncScroll);
  useSyncedScroll(panel, syncScroll && tab === 'answer');
  const tabId = (name: Tab) => `pane-${pane.id}-tab-${name}`;
  const panelId = `pane-${pane.id}-panel`;

  function onTabKeyDown(event: KeyboardEvent): void {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + offset + tabs.length) % tabs.length] as Tab;
    setTab(next);
    tabElements.current[next]?.focus();
  }

  return (
    <>
      <div className="pane-tabs-row">
        <div
          className="tabs"
          role="tablist"
          aria-label={t('ui.compare.pane.title', { number: props.number })}
        >
          {tabs.map((name) => (
            <button
              key={name}
              ref={(element) => {
                tabElements.current[name] = element;
              }}
              type="button"
              role="tab"
              id={tabId(name)}
              aria-selected={tab === name}
              aria-controls={tab === name ? panelId : undefined}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={onTabKeyDown}
            >
              {t(`ui.response.tabs.${name}`)}
            </button>
          ))}
        </div>
        <RunStatus transcript={transcript} />
      </div>
      {transcript && <AttemptTimeline transcript={transcript} />}
      <MetricsBar transcript={transcript} />
      <div
        ref={panel}
        className="response-panel pane-panel"
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(tab)}
        data-testid="pane-answer"
      >
        {tab === 'answer' ? (
          <>
            <PaneThread pane={pane} />
            {transcript ? (
              <AnswerPanel
                transcript={transcript}
                onShowRaw={() => setTab('raw')}
                renderText={pane.view === 'markdown' ? renderMarkdown : undefined}
              />
            ) : (
              <SavedAnswer pane={pane} />
            )}
          </>
        ) : (
          <RawPanel transcript={transcript} />
        )}
      </div>
    </>
  );
}
