import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryEntryBar } from '../history/history-entry-bar.tsx';
import { useTranscript } from '../run/run-context.tsx';
import { AnswerPanel } from './answer-panel.tsx';
import { AttemptTimeline } from './attempt-timeline.tsx';
import { MetricsBar } from './metrics-bar.tsx';
import { RawPanel } from './raw-panel.tsx';
import { RunStatus } from './run-status.tsx';

const tabs = ['answer', 'raw'] as const;
type Tab = (typeof tabs)[number];

/** The right column: what came back, as prose (Answer) or as it crossed the wire (Raw). */
export function ResponseView() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('answer');
  const tabElements = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const transcript = useTranscript();

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  function onTabKeyDown(event: KeyboardEvent): void {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + offset + tabs.length) % tabs.length] as Tab;
    setTab(next);
    tabElements.current[next]?.focus();
  }

  return (
    <section className="response" aria-label={t('ui.response.label')}>
      <HistoryEntryBar />
      <div className="response-header">
        <div className="tabs" role="tablist" aria-label={t('ui.response.tabsLabel')}>
          {tabs.map((name) => (
            <button
              key={name}
              ref={(element) => {
                tabElements.current[name] = element;
              }}
              type="button"
              role="tab"
              id={`response-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={tab === name ? `response-panel-${name}` : undefined}
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
        className="response-panel"
        role="tabpanel"
        id={`response-panel-${tab}`}
        aria-labelledby={`response-tab-${tab}`}
      >
        {tab === 'answer' ? (
          <AnswerPanel transcript={transcript} onShowRaw={() => setTab('raw')} />
        ) : (
          <RawPanel transcript={transcript} />
        )}
      </div>
    </section>
  );
}
