import { describe, expect, it } from 'vitest';
import type { StreamEvent } from './chat-schemas.ts';
import type { AppError } from './result.ts';
import { applyStreamEvent, emptyTranscript } from './transcript.ts';

const rateLimited: AppError = {
  code: 'http-error',
  message: 'h answered 429',
  status: 429,
  hintKey: 'status-429-rate',
};
const refused: AppError = {
  code: 'network-error',
  message: 'Could not reach h',
  hintKey: 'connection-refused',
};

const sent = (atMs: number, attempt?: number, via?: string): StreamEvent => ({
  type: 'request-sent',
  atMs,
  method: 'POST',
  url: 'http://h/v1/chat/completions',
  headers: {},
  body: '{}',
  ...(attempt !== undefined && { attempt }),
  ...(via !== undefined && { via }),
});

function fold(events: StreamEvent[]) {
  const transcript = emptyTranscript();
  for (const event of events) applyStreamEvent(transcript, event);
  return transcript;
}

describe('transcript attempts', () => {
  it('records each attempt, why it failed and what followed, and shows the latest request', () => {
    const transcript = fold([
      sent(0, 1, 'direct'),
      { type: 'response-start', atMs: 40, status: 429, headers: { 'retry-after': '1' } },
      { type: 'raw-chunk', atMs: 41, text: '{"error":{}}' },
      {
        type: 'attempt-failed',
        atMs: 42,
        attempt: 1,
        error: rateLimited,
        retryInMs: 0,
        nextKeyLastFour: 'bbbb',
      },
      sent(43, 2, 'direct'),
      { type: 'response-start', atMs: 90, status: 200, headers: {} },
      { type: 'text-delta', atMs: 95, text: 'Hi' },
      { type: 'stream-end', atMs: 99, finishReason: 'stop' },
    ]);
    expect(transcript.attempts).toEqual([
      {
        attempt: 1,
        startedAtMs: 0,
        via: 'direct',
        status: 429,
        error: rateLimited,
        retryInMs: 0,
        nextKeyLastFour: 'bbbb',
      },
      { attempt: 2, startedAtMs: 43, via: 'direct', status: 200 },
    ]);
    expect(transcript.request?.attempt).toBe(2);
    expect(transcript.response?.status).toBe(200);
    expect(transcript.text).toBe('Hi');
    expect(transcript.status).toBe('done');
    expect(transcript.rawChunks).toEqual(['{"error":{}}']);
  });

  it('forgets the previous response while a retry waits for its own, and marks the final failure', () => {
    const transcript = fold([
      sent(0, 1),
      { type: 'response-start', atMs: 10, status: 503, headers: {} },
      {
        type: 'attempt-failed',
        atMs: 11,
        attempt: 1,
        error: { ...rateLimited, status: 503 },
        retryInMs: 500,
      },
    ]);
    expect(transcript.status).toBe('waiting');
    applyStreamEvent(transcript, sent(511, 2));
    expect(transcript.response).toBeUndefined();
    applyStreamEvent(transcript, { type: 'stream-error', atMs: 520, error: refused });
    expect(transcript.attempts.at(-1)).toEqual({ attempt: 2, startedAtMs: 511, error: refused });
    expect(transcript.error).toEqual(refused);
    expect(transcript.status).toBe('failed');
  });

  it('numbers the attempts of a runner that does not, one per request', () => {
    const transcript = fold([
      sent(0),
      { type: 'response-start', atMs: 5, status: 200, headers: {} },
      { type: 'stream-end', atMs: 9, finishReason: 'stop' },
    ]);
    expect(transcript.attempts).toEqual([{ attempt: 1, startedAtMs: 0, status: 200 }]);
  });

  it('has no attempt when the run failed before sending anything', () => {
    const invalid: AppError = { code: 'invalid-base-url', message: 'bad' };
    const transcript = fold([{ type: 'stream-error', atMs: 0, error: invalid }]);
    expect(transcript.attempts).toEqual([]);
    expect(transcript.error).toEqual(invalid);
  });
});
