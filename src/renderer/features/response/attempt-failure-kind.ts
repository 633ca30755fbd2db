import type { AppError } from '../../../shared/result.ts';

export type AttemptFailureKind =
  | 'rate-limited'
  | 'quota-exhausted'
  | 'billing'
  | 'key-rejected'
  | 'forbidden'
  | 'not-found'
  | 'overloaded'
  | 'server-error'
  | 'connection-refused'
  | 'connection-reset'
  | 'connect-timeout'
  | 'proxy-failure'
  | 'tls-failure'
  | 'dns-failure'
  | 'timeout'
  | 'network-error'
  | 'cancelled'
  | 'other';

// Hint keys grow variants ("status-401-openai-key"), so they are matched by their start.
const byHintPrefix: [string, AttemptFailureKind][] = [
  ['status-429-quota', 'quota-exhausted'],
  ['status-429', 'rate-limited'],
  ['status-402', 'billing'],
  ['status-401', 'key-rejected'],
  ['status-403', 'forbidden'],
  ['status-404', 'not-found'],
  ['status-529', 'overloaded'],
  ['status-5xx', 'server-error'],
  ['connection-refused', 'connection-refused'],
  ['connection-reset', 'connection-reset'],
  ['connect-timeout', 'connect-timeout'],
  ['response-timeout', 'timeout'],
  ['proxy-failure', 'proxy-failure'],
  ['tls-failure', 'tls-failure'],
  ['dns-failure', 'dns-failure'],
];

/** "rate limited", "connection refused": an attempt's failure in two words, for one timeline line. */
export function attemptFailureKind(error: AppError): AttemptFailureKind {
  const hint = error.hintKey ?? '';
  const matched = byHintPrefix.find(([prefix]) => hint.startsWith(prefix));
  if (matched) return matched[1];
  if (error.code === 'timeout') return 'timeout';
  if (error.code === 'network-error') return 'network-error';
  if (error.code === 'cancelled') return 'cancelled';
  const status = error.status;
  if (status === 429) return 'rate-limited';
  if (status === 401) return 'key-rejected';
  if (status !== undefined && status >= 500) return 'server-error';
  return 'other';
}
