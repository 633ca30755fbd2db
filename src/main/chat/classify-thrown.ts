import type { TimeoutSettings } from '../../shared/network-schemas.ts';
import { makeError } from '../errors/make-error.ts';
import { classifyNetworkError } from '../net/classify-network-error.ts';
import type { AttemptFailure } from '../net/retry/attempt-failure.ts';
import type { RunLimits } from './run-limits.ts';
import { timeoutError } from './timeout-error.ts';

export interface ThrownContext {
  userSignal: AbortSignal;
  limits: RunLimits;
  timeouts: TimeoutSettings;
  host: string;
}

/**
 * What undici (or an abort) threw, as a failure of the attempt: the user's Stop first, since an
 * abort may surface as any error; then the run's own limits; then the network's own faults.
 */
export function classifyThrown(error: unknown, context: ThrownContext): AttemptFailure {
  const { host } = context;
  if (context.userSignal.aborted)
    return { kind: 'cancelled', error: makeError('cancelled', { params: { host } }) };
  if (context.limits.totalExpired()) {
    return { kind: 'timeout', error: timeoutError('total', context.timeouts.totalMs, host) };
  }
  const code = findErrorCode(error);
  if (code === 'UND_ERR_HEADERS_TIMEOUT') {
    return {
      kind: 'timeout',
      error: timeoutError('response-headers', context.timeouts.responseHeadersMs, host),
    };
  }
  if (code === 'UND_ERR_BODY_TIMEOUT') {
    return { kind: 'timeout', error: timeoutError('idle', context.timeouts.idleMs, host) };
  }
  const classified = classifyNetworkError(error, host);
  // An argument undici refused (a header value with a line break) fails the same way every time.
  const isOwnMistake = code !== undefined && /^(UND_ERR_INVALID_ARG|ERR_INVALID_)/.test(code);
  const kind = classified.code === 'network-error' && !isOwnMistake ? 'connection' : 'other';
  return { kind, error: classified };
}

interface MaybeCoded {
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// undici wraps some failures in `cause`, and happy-eyeballs connects throw an AggregateError.
function findErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const candidate = error as MaybeCoded;
  if (typeof candidate.code === 'string' && candidate.code !== '') return candidate.code;
  const fromCause = findErrorCode(candidate.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      const found = findErrorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
