import type { AppError } from '../../shared/result.ts';
import type { AttemptRecord, Transcript } from '../../shared/transcript.ts';

// Short names for the failures a retry follows, for one line on a terminal. Hint keys grow
// variants (`status-401-openai-key`, `proxy-failure-refused`), so the longest known family wins.
const shortByHintFamily: [family: string, name: string][] = [
  ['status-429-quota', 'out of quota'],
  ['status-429-rate', 'rate limited'],
  ['status-402', 'billing problem'],
  ['status-401', 'key rejected'],
  ['status-5xx', 'server error'],
  ['status-529', 'overloaded'],
  ['connection-refused', 'connection refused'],
  ['connection-reset', 'connection reset'],
  ['connect-timeout', 'connect timeout'],
  ['proxy-failure', 'proxy failure'],
  ['network-other', 'network error'],
];

/** "429 rate limited", "connection refused": what failed, without the vendor's paragraph. */
export function shortFailure(error: AppError): string {
  const hint = error.hintKey ?? '';
  const known = shortByHintFamily.find(([family]) => hint === family || hint.startsWith(`${family}-`));
  const name = known?.[1] ?? error.vendorType ?? error.code;
  return error.status === undefined ? name : `${error.status} ${name}`;
}

/**
 * `attempt 1 failed: 429 rate limited — retrying in 1.0 s with key …abcd`, printed on stderr when
 * the attempt fails, so a person sees why the answer is slow to start.
 */
export function attemptFailedLine(record: {
  attempt: number;
  error: AppError;
  retryInMs: number;
  nextKeyLastFour?: string;
}): string {
  const seconds = (record.retryInMs / 1000).toFixed(1);
  const key = record.nextKeyLastFour === undefined ? '' : ` with key …${record.nextKeyLastFour}`;
  return `attempt ${record.attempt} failed: ${shortFailure(record.error)} — retrying in ${seconds} s${key}`;
}

/** The `attempts` field of `send --json`: one entry per HTTP request, the last one included. */
export function attemptsJson(transcript: Transcript): Record<string, unknown>[] {
  return transcript.attempts.map((record: AttemptRecord) => ({
    attempt: record.attempt,
    status: record.status ?? null,
    error: record.error?.message ?? null,
    retryInMs: record.retryInMs ?? null,
    ...(record.nextKeyLastFour !== undefined && { nextKeyLastFour: record.nextKeyLastFour }),
  }));
}
