import type { HistoryEntry } from '../../../shared/history-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import type { Transcript } from '../../../shared/transcript.ts';
import type { RequestSent } from '../run/run-store.ts';

const stoppedError: AppError = { code: 'cancelled', message: 'Stopped.' };

/**
 * Rebuilds what the response view shows from a stored entry, so a reopened call is read with the
 * same answer panel, metrics, timeline and Raw tab as a live one instead of a second renderer.
 */
export function entryTranscript(entry: HistoryEntry): { transcript: Transcript; requests: RequestSent[] } {
  const latestAttempt = entry.attempts.at(-1);
  const request: RequestSent | undefined = entry.requestSent && {
    type: 'request-sent',
    atMs: latestAttempt?.startedAtMs ?? 0,
    ...entry.requestSent,
    ...(latestAttempt ? { attempt: latestAttempt.attempt } : {}),
    ...(latestAttempt?.via === undefined ? {} : { via: latestAttempt.via }),
  };
  const status = latestAttempt?.status ?? entry.httpStatus;
  const transcript: Transcript = {
    status: transcriptStatus(entry),
    text: entry.text,
    reasoning: entry.reasoning,
    toolCalls: entry.toolCalls.map((call) => ({ ...call })),
    usage: { ...entry.usage },
    finishReason: entry.finishReason,
    attempts: entry.attempts.map((attempt) => ({ ...attempt })),
    rawChunks: entry.raw ? [entry.raw] : [],
  };
  if (request) transcript.request = request;
  if (status !== undefined && entry.responseHeaders) {
    transcript.response = { type: 'response-start', atMs: 0, status, headers: entry.responseHeaders };
  }
  const error = entry.error ?? (entry.status === 'cancelled' ? stoppedError : undefined);
  if (error && transcript.status === 'failed') transcript.error = error;
  if (entry.firstTokenMs !== undefined) transcript.firstTokenMs = entry.firstTokenMs;
  const totalMs = entry.totalMs ?? entry.durationMs;
  if (totalMs !== undefined) transcript.totalMs = totalMs;
  return { transcript, requests: request ? [request] : [] };
}

function transcriptStatus(entry: HistoryEntry): Transcript['status'] {
  switch (entry.status) {
    case 'streaming':
      return 'streaming';
    case 'done':
      return 'done';
    case 'cancelled':
      return 'failed';
    // An interrupted call has no error of its own unless one was recorded; the bar above explains it.
    case 'interrupted':
      return entry.error ? 'failed' : 'done';
    case 'failed':
      return entry.error ? 'failed' : 'done';
  }
}
