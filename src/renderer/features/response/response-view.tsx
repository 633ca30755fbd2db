import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { panelId, TabList, tabId } from '../../lib/tab-list.tsx';
import { HistoryEntryBar } from '../history/history-entry-bar.tsx';
import { useTranscript } from '../run/run-context.tsx';
import { AnswerPanel } from './answer-panel.tsx';
import { AnswerViewSelect, useAnswerView } from './answer-view-select.tsx';
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
  const transcript = useTranscript();
  const view = useAnswerView((state) => state.view);

  return (
    <section className="response" aria-label={t('ui.response.label')}>
      <HistoryEntryBar />
      <div className="response-header">
        <TabList<Tab>
          tabs={tabs}
          selected={tab}
          onSelect={setTab}
          idPrefix="response"
          label={t('ui.response.tabsLabel')}
        >
          {(name) => t(`ui.response.tabs.${name}`)}
        </TabList>
        {tab === 'answer' && <AnswerViewSelect />}
        <RunStatus transcript={transcript} />
      </div>
      {transcript && <AttemptTimeline transcript={transcript} />}
      <MetricsBar transcript={transcript} />
      <div
        className="response-panel"
        role="tabpanel"
        id={panelId('response', tab)}
        aria-labelledby={tabId('response', tab)}
      >
        {tab === 'answer' ? (
          <AnswerPanel
            transcript={transcript}
            onShowRaw={() => setTab('raw')}
            markdown={view === 'markdown'}
          />
        ) : (
          <RawPanel transcript={transcript} />
        )}
      </div>
    </section>
  );
}
