import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transcript } from '../../../shared/transcript.ts';
import { prettyJson } from '../../lib/format.ts';
import { viaText } from '../../lib/via-text.ts';
import { useRun } from '../run/run-context.tsx';
import type { RequestSent } from '../run/run-store.ts';
import { attemptFailureKind } from './attempt-failure-kind.ts';
import { hasRetries } from './attempt-timeline.tsx';
import { HeaderTable } from './header-table.tsx';
import { isEventStream, type SseEvent, splitSseEvents } from './sse-events.ts';

/** Every request as sent (keys already masked by the host), the response head, and every event. */
export function RawPanel(props: { transcript: Transcript | undefined }) {
  const { t } = useTranslation();
  const { transcript } = props;
  const requests = useRun((state) => state.requests);
  if (!transcript?.request) return <p className="raw-empty">{t('ui.raw.nothingSent')}</p>;
  const { request, response } = transcript;
  const earlier = requests.filter((sent) => sent !== request);
  const retried = hasRetries(transcript);

  return (
    <div className="raw">
      {earlier.map((sent) => (
        <EarlierRequest key={sent.attempt ?? sent.atMs} request={sent} transcript={transcript} />
      ))}
      <div className="raw-section">
        <h3>
          {retried && request.attempt !== undefined
            ? t('ui.raw.attemptRequest', { number: request.attempt })
            : t('ui.raw.request')}
        </h3>
        <RequestDetails request={request} />
      </div>
      <div className="raw-section">
        <h3>{t('ui.raw.responseHead')}</h3>
        {response ? (
          <>
            <p className="request-line">
              <span className={response.status < 400 ? 'status-code good' : 'status-code bad'}>
                {response.status}
              </span>
            </p>
            <HeaderTable headers={response.headers} label={t('ui.raw.responseHeaders')} />
          </>
        ) : (
          <p className="raw-empty">{t('ui.raw.noResponse')}</p>
        )}
      </div>
      <RawBody transcript={transcript} />
    </div>
  );
}

/** A request that a retry replaced, folded: usually the same but for the key or the path. */
function EarlierRequest(props: { request: RequestSent; transcript: Transcript }) {
  const { t } = useTranslation();
  const { request } = props;
  const record = props.transcript.attempts.find((candidate) => candidate.attempt === request.attempt);
  const reason = record?.error ? t(`ui.attempts.failures.${attemptFailureKind(record.error)}`) : undefined;
  const status = record?.error?.status ?? record?.status;
  return (
    <details className="raw-section raw-earlier">
      <summary>
        <h3>
          {t('ui.raw.attemptRequest', { number: request.attempt ?? 1 })}
          {reason && (
            <span className="raw-earlier-reason">
              {' · '}
              {t('ui.raw.failedAttempt', { reason: status === undefined ? reason : `${status} ${reason}` })}
            </span>
          )}
        </h3>
      </summary>
      <RequestDetails request={request} />
    </details>
  );
}

function RequestDetails(props: { request: RequestSent }) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <>
      {request.via && <p className="raw-via">{t('ui.raw.via', { via: viaText(request.via, t) })}</p>}
      <p className="request-line">
        <span className="http-method">{request.method}</span> <span className="url">{request.url}</span>
      </p>
      <HeaderTable headers={request.headers} label={t('ui.raw.requestHeaders')} />
      <h4>{t('ui.raw.body')}</h4>
      <pre className="code-block">{prettyJson(request.body)}</pre>
    </>
  );
}

function RawBody(props: { transcript: Transcript }) {
  const { t } = useTranslation();
  const { transcript } = props;
  const chunkCount = useRun(() => transcript.rawChunks.length);
  // Re-split only when chunks arrived; memoized rows keep a long stream cheap to redraw.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the chunk array is mutated in place.
  const text = useMemo(() => transcript.rawChunks.join(''), [transcript, chunkCount]);
  const streamed =
    isEventStream(transcript.response?.headers) || (!transcript.response && /^(data|event):/m.test(text));
  const events = useMemo(() => (streamed ? splitSseEvents(text) : []), [streamed, text]);

  if (!text) return null;
  if (!streamed) {
    return (
      <div className="raw-section">
        <h3>{t('ui.raw.responseBody')}</h3>
        <pre className="code-block">{prettyJson(text)}</pre>
      </div>
    );
  }
  return (
    <div className="raw-section">
      <h3>{t('ui.raw.events', { count: events.length })}</h3>
      <ol className="sse-events">
        {events.map((event) => (
          <SseEventRow key={event.number} event={event} />
        ))}
      </ol>
    </div>
  );
}

const SseEventRow = memo(function SseEventRow(props: { event: SseEvent }) {
  const { t } = useTranslation();
  const { event } = props;
  return (
    <li className="sse-event">
      <div className="sse-event-header">
        <span className="sse-number">{event.number}</span>
        <span className="sse-name">{event.name ?? t('ui.raw.defaultEventName')}</span>
        {event.id && <span className="sse-id">{t('ui.raw.eventId', { id: event.id })}</span>}
      </div>
      {event.comments.map((comment, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: comments of one event never reorder.
        <pre className="sse-comment" key={index}>
          : {comment}
        </pre>
      ))}
      {event.data && <pre className="sse-data">{event.data}</pre>}
    </li>
  );
}, sameEvent);

// Every re-split creates new objects; comparing the text keeps finished events from redrawing.
function sameEvent(before: { event: SseEvent }, after: { event: SseEvent }): boolean {
  return before.event.number === after.event.number && before.event.raw === after.event.raw;
}
