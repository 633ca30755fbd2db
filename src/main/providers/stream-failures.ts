import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';

/** The connection ended without the vendor's terminal event and without a finish reason. */
export function streamClosedEarly(host: string): AppError {
  return makeError('stream-error', {
    hintKey: 'stream-closed-early',
    params: { host, detail: 'the connection closed before the stream finished' },
  });
}

/** A 2xx answer that is neither an event stream nor the JSON the vendor sends (often a web page). */
export function unexpectedContent(host: string, detail: string): AppError {
  return makeError('stream-error', { hintKey: 'unexpected-content', params: { host, detail } });
}
