import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistorySummary } from '../../../shared/history-schemas.ts';
import { formatDuration } from '../../lib/format.ts';
import { historyStatusText, historyStatusTone } from './history-status.ts';

/** One call: model and time, the start of the prompt, then status and duration. */
export const HistoryRow = memo(function HistoryRow(props: {
  entry: HistorySummary;
  selected: boolean;
  onOpen(id: string): void;
  onDelete(id: string): void;
}) {
  const { t, i18n } = useTranslation();
  const { entry } = props;
  const status = historyStatusText(entry, t);
  const prompt = entry.promptPreview || t('ui.history.emptyPrompt');
  const time = new Date(entry.startedAt).toLocaleTimeString(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className={props.selected ? 'history-row selected' : 'history-row'}>
      <button
        type="button"
        className="history-open"
        aria-current={props.selected ? 'true' : undefined}
        aria-label={t('ui.history.rowLabel', { model: entry.model, status, time, prompt })}
        title={`${entry.profileName} · ${entry.model}\n${prompt}`}
        onClick={() => props.onOpen(entry.id)}
      >
        <span className="history-row-top">
          <span className="history-model">{entry.model}</span>
          <span className="history-time">{time}</span>
        </span>
        <span className="history-prompt">{prompt}</span>
        <span className="history-row-bottom">
          <span className={`history-status tone-${historyStatusTone(entry)}`}>{status}</span>
          {entry.durationMs !== undefined && (
            <span className="history-duration">{formatDuration(entry.durationMs, t, i18n.language)}</span>
          )}
          <span className="history-profile">{entry.profileName}</span>
        </span>
      </button>
      <button
        type="button"
        className="icon-button history-delete"
        aria-label={t('ui.history.deleteEntry')}
        title={t('ui.history.deleteEntry')}
        onClick={() => props.onDelete(entry.id)}
      >
        ×
      </button>
    </div>
  );
});
