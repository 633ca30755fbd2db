import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttemptRecord, Transcript } from '../../../shared/transcript.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { viaText } from '../../lib/via-text.ts';
import { isRunning } from '../run/run-store.ts';
import { attemptFailureKind } from './attempt-failure-kind.ts';

/** Worth a timeline: a retry happened or was about to. One clean attempt says nothing new. */
export function hasRetries(transcript: Transcript | undefined): boolean {
  const attempts = transcript?.attempts ?? [];
  return attempts.length > 1 || attempts.some((record) => record.retryInMs !== undefined);
}

/**
 * One line per attempt above the answer: "Attempt 1 · 429 rate limited · retrying in 1.0 s with
 * key …abcd", "Attempt 2 · 200". A failed line opens to the full reason.
 */
export function AttemptTimeline(props: { transcript: Transcript }) {
  const { t } = useTranslation();
  const { transcript } = props;
  if (!hasRetries(transcript)) return null;
  const running = isRunning(transcript);
  const last = transcript.attempts.length - 1;
  return (
    <ol className="attempt-timeline" aria-label={t('ui.attempts.label')} data-testid="attempt-timeline">
      {transcript.attempts.map((record, index) => (
        <AttemptLine key={record.attempt} record={record} inFlight={running && index === last} />
      ))}
    </ol>
  );
}

function AttemptLine(props: { record: AttemptRecord; inFlight: boolean }) {
  const { t, i18n } = useTranslation();
  const { record } = props;
  const failed = record.error !== undefined;
  const parts: string[] = [t('ui.attempts.attempt', { number: record.attempt })];
  if (record.error) {
    const kind = t(`ui.attempts.failures.${attemptFailureKind(record.error)}`);
    const status = record.error.status ?? record.status;
    parts.push(status === undefined ? kind : `${status} ${kind}`);
  } else if (record.status !== undefined) {
    parts.push(String(record.status));
  } else if (props.inFlight) {
    parts.push(t('ui.attempts.waiting'));
  }
  if (record.retryInMs !== undefined) {
    parts.push(retryText(record, t, i18n.language));
  } else if (failed && record.error?.code !== 'cancelled' && !props.inFlight) {
    parts.push(t('ui.attempts.gaveUp'));
  }

  const tone = failed ? 'bad' : record.status !== undefined && record.status < 400 ? 'good' : 'pending';
  const line = <span className="attempt-line">{parts.join(' · ')}</span>;
  if (!record.error) {
    return (
      <li className={`attempt attempt-${tone}`} data-testid={`attempt-${record.attempt}`}>
        <span className="attempt-dot" aria-hidden="true" />
        {line}
      </li>
    );
  }
  const shown = errorText(record.error, t);
  return (
    <li className={`attempt attempt-${tone}`} data-testid={`attempt-${record.attempt}`}>
      <span className="attempt-dot" aria-hidden="true" />
      <details className="attempt-details">
        <summary>{line}</summary>
        <p className="attempt-reason">{shown.title}</p>
        {record.error.vendorMessage && !shown.title.includes(record.error.vendorMessage) && (
          <blockquote className="attempt-vendor">{record.error.vendorMessage}</blockquote>
        )}
        {record.via && <p className="attempt-via">{t('ui.raw.via', { via: viaText(record.via, t) })}</p>}
      </details>
    </li>
  );
}

// Another key is tried at once; "retrying in 0.0 s" would read like a glitch.
function retryText(record: AttemptRecord, t: TFunction, language: string): string {
  const lastFour = record.nextKeyLastFour;
  const retryInMs = record.retryInMs ?? 0;
  if (retryInMs < 50) {
    return lastFour ? t('ui.attempts.retryingNowWithKey', { lastFour }) : t('ui.attempts.retryingNow');
  }
  const wait = t('ui.units.seconds', { value: formatNumber(retryInMs / 1000, language, 1) });
  return lastFour
    ? t('ui.attempts.retryingWithKey', { wait, lastFour })
    : t('ui.attempts.retrying', { wait });
}
