import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../shared/transcript.ts';
import { LazyMarkdownView } from '../markdown/lazy-markdown-view.tsx';
import { useRun } from '../run/run-context.tsx';
import { CopyButton } from './copy-button.tsx';
import { EmptyState } from './empty-state.tsx';
import { ErrorBox } from './error-box.tsx';
import { StreamingText } from './streaming-text.tsx';
import { ToolCalls } from './tool-calls.tsx';
import { useStickToBottom } from './use-stick-to-bottom.ts';

/**
 * Reasoning, then the answer (plain text, or Markdown drawn block by block as it streams), then
 * tool calls, then how the run ended if not well.
 */
export function AnswerPanel(props: {
  transcript: Transcript | undefined;
  onShowRaw(): void;
  markdown?: boolean;
}) {
  const { t } = useTranslation();
  const { transcript } = props;
  const revision = useRun((state) => state.revision);
  // Reasoning can be long and is not the answer: it starts folded, and stays as the reader leaves it.
  const [reasoningOpen, setReasoningOpen] = useState(false);
  const bottom = useStickToBottom<HTMLDivElement>(revision);

  if (!transcript) return <EmptyState />;
  const streaming = transcript.status === 'waiting' || transcript.status === 'streaming';
  const stopped = transcript.status === 'failed' && transcript.error?.code === 'cancelled';
  const failed = transcript.status === 'failed' && !stopped;
  const nothingYet = !transcript.text && !transcript.reasoning && transcript.toolCalls.length === 0;

  return (
    <div className="answer">
      {transcript.reasoning && (
        <details
          className="reasoning"
          open={reasoningOpen}
          onToggle={(event) => setReasoningOpen(event.currentTarget.open)}
        >
          <summary>{t('ui.answer.reasoning')}</summary>
          <div className="reasoning-text">{transcript.reasoning}</div>
        </details>
      )}
      {streaming && nothingYet && (
        <p className="answer-waiting">
          {transcript.status === 'waiting'
            ? t('ui.answer.waitingForResponse')
            : t('ui.answer.waitingForToken')}
        </p>
      )}
      {transcript.text && (
        <div className="answer-block">
          {props.markdown ? (
            <LazyMarkdownView text={transcript.text} streaming={streaming} />
          ) : (
            <div className={streaming ? 'answer-text streaming' : 'answer-text'}>
              <StreamingText text={transcript.text} />
            </div>
          )}
          {!streaming && <CopyButton text={transcript.text} label={t('ui.answer.copy')} />}
        </div>
      )}
      <ToolCalls calls={transcript.toolCalls} complete={!streaming} />
      {transcript.status === 'done' && nothingYet && <p className="answer-empty">{t('ui.answer.noText')}</p>}
      {stopped && (
        <p className="answer-stopped" role="status">
          {nothingYet ? t('ui.answer.stoppedBeforeText') : t('ui.answer.stopped')}
        </p>
      )}
      {failed && transcript.error && (
        <ErrorBox
          error={transcript.error}
          status={transcript.error.status}
          partial={!nothingYet}
          onShowRaw={transcript.request || transcript.rawChunks.length > 0 ? props.onShowRaw : undefined}
        />
      )}
      <div ref={bottom} />
    </div>
  );
}
