import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { panelId, TabList, tabId } from '../../lib/tab-list.tsx';
import { AnswerPanel } from '../response/answer-panel.tsx';
import { AttemptTimeline } from '../response/attempt-timeline.tsx';
import { MetricsBar } from '../response/metrics-bar.tsx';
import { RawPanel } from '../response/raw-panel.tsx';
import { RunStatus } from '../response/run-status.tsx';
import { useTranscript } from '../run/run-context.tsx';
import { useCompareStore } from './compare-store.ts';
import type { PaneSettings } from './pane-settings.ts';
import { PaneThread, SavedAnswer } from './pane-thread.tsx';
import { useSyncedScroll } from './synced-scroll.ts';

const tabs = ['answer', 'raw'] as const;

type Tab = (typeof tabs)[number];

/**
 * The live part of a pane, the only one that redraws as its answer streams: the single view's
 * timeline, metrics, answer and Raw tab, fed by this pane's own run store.
 */
export function PaneResult(props: { pane: PaneSettings; number: number }) {
  const { t } = useTranslation();
  const { pane } = props;
  const [tab, setTab] = useState<Tab>('answer');
  const panel = useRef<HTMLDivElement>(null);
  const transcript = useTranscript();
  const syncScroll = useCompareStore((state) => state.syncScroll);
  useSyncedScroll(panel, syncScroll && tab === 'answer');
  const idPrefix = `pane-${pane.id}`;

  return (
    <>
      <div className="pane-tabs-row">
        <TabList<Tab>
          tabs={tabs}
          selected={tab}
          onSelect={setTab}
          idPrefix={idPrefix}
          label={t('ui.compare.pane.title', { number: props.number })}
        >
          {(name) => t(`ui.response.tabs.${name}`)}
        </TabList>
        <RunStatus transcript={transcript} />
      </div>
      {transcript && <AttemptTimeline transcript={transcript} />}
      <MetricsBar transcript={transcript} />
      <div
        ref={panel}
        className="response-panel pane-panel"
        role="tabpanel"
        id={panelId(idPrefix, tab)}
        aria-labelledby={tabId(idPrefix, tab)}
        data-testid="pane-answer"
      >
        {tab === 'answer' ? (
          <>
            <PaneThread pane={pane} />
            {transcript ? (
              <AnswerPanel
                transcript={transcript}
                onShowRaw={() => setTab('raw')}
                markdown={pane.view === 'markdown'}
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
