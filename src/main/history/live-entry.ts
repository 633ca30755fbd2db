import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { HistoryStatus } from '../../shared/history-schemas.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../shared/transcript.ts';
import type { EntryDetail } from './entry-rows.ts';

/** 2 MB: enough for any real answer's bytes; a runaway stream must not grow the file without end. */
export const defaultRawLimitBytes = 2 * 1024 * 1024;

/** A streaming entry as this process knows it: the transcript so far and the capped raw bytes. */
export interface LiveEntry {
  seq: number | bigint;
  id: string;
  baseUrl: string;
  request: EntryDetail['request'];
  costUsd?: number;
  transcript: Transcript;
  raw: string;
  rawBytes: number;
  rawTruncated: boolean;
  rawLimitBytes: number;
  /** When the raw bytes were last written (they are rewritten less often than the text). */
  rawWrittenAt?: number;
}

export function createLiveEntry(
  seq: number | bigint,
  id: string,
  baseUrl: string,
  request: EntryDetail['request'],
  rawLimitBytes: number,
): LiveEntry {
  return {
    seq,
    id,
    baseUrl,
    request,
    transcript: emptyTranscript(),
    raw: '',
    rawBytes: 0,
    rawTruncated: false,
    rawLimitBytes,
  };
}

function appendRaw(live: LiveEntry, chunk: string): void {
  if (live.rawTruncated) return;
  const bytes = Buffer.byteLength(chunk);
  if (live.rawBytes + bytes <= live.rawLimitBytes) {
    live.raw += chunk;
    live.rawBytes += bytes;
    return;
  }
  // Cut at the limit without leaving half a UTF-8 character behind.
  const room = live.rawLimitBytes - live.rawBytes;
  const piece = Buffer.from(chunk)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/u, '');
  live.raw += piece;
  live.rawBytes += Buffer.byteLength(piece);
  live.rawTruncated = true;
}

/** Folds the events in with the transcript reducer; raw chunks go to the capped string instead. */
export function applyEvents(live: LiveEntry, events: readonly StreamEvent[]): void {
  for (const event of events) {
    if (event.type === 'raw-chunk') appendRaw(live, event.text);
    else applyStreamEvent(live.transcript, event);
  }
}

export function liveStatus(live: LiveEntry): HistoryStatus {
  const { status } = live.transcript;
  return status === 'done' || status === 'failed' ? status : 'streaming';
}

export function isTerminal(event: StreamEvent): boolean {
  return event.type === 'stream-end' || event.type === 'stream-error';
}

/** The detail JSON of the entry in its current state. */
export function liveDetail(live: LiveEntry): EntryDetail {
  const { transcript } = live;
  const detail: EntryDetail = {
    baseUrl: live.baseUrl,
    request: live.request,
    toolCalls: transcript.toolCalls.map((call) => ({ ...call })),
    finishReason: transcript.finishReason,
    usage: transcript.usage,
    attempts: transcript.attempts,
  };
  if (transcript.request) {
    const { method, url, headers, body } = transcript.request;
    detail.requestSent = { method, url, headers, body };
  }
  if (transcript.response) detail.responseHeaders = transcript.response.headers;
  if (live.costUsd !== undefined) detail.costUsd = live.costUsd;
  if (transcript.firstTokenMs !== undefined) detail.firstTokenMs = transcript.firstTokenMs;
  if (transcript.totalMs !== undefined) detail.totalMs = transcript.totalMs;
  if (transcript.error) detail.error = transcript.error;
  return detail;
}
