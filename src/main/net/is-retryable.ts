import type { AppError } from '../../shared/result.ts';
import type { AttemptFailure } from './retry/attempt-failure.ts';

// The statuses the official SDKs retry: 408, 409, 429 and every 5xx (so Anthropic's 529 too).
const retryableStatuses = new Set([408, 409, 429]);

// Connection failures before any response byte, which the SDKs retry: the families below and
// their variants (`connection-reset-…`). Left out on purpose: a host name that does not resolve
// (nearly always a typo in the base URL), a certificate that fails verification, and a proxy that
// refuses our credentials or is not the kind of proxy configured: each fails the same way a second
// later.
const retryableConnectionFamilies = [
  'connection-refused',
  'connection-reset',
  'connect-timeout',
  'network-other',
];
const retryableProxyHints = new Set([
  'proxy-failure',
  'proxy-failure-refused',
  'proxy-failure-reset',
  'proxy-failure-timeout',
  'proxy-failure-socks-connect',
]);

function isRetryableConnection(error: AppError): boolean {
  const hint = error.hintKey ?? 'network-other';
  if (retryableProxyHints.has(hint)) return true;
  // A proxy that could not reach the endpoint answers 502/503/504: as passing as a vendor's 5xx.
  if (hint === 'proxy-failure-tunnel') return Number(error.params?.status ?? 0) >= 500;
  return retryableConnectionFamilies.some((family) => hint === family || hint.startsWith(`${family}-`));
}

/**
 * Whether sending the same request again may succeed. An empty balance is never retryable; the
 * server's `x-should-retry` overrides the status rule; a timeout is a limit the user set, so it
 * ends the run instead of starting the same wait again; anything after a successful answer began
 * never reaches this question.
 */
export function isRetryableFailure(failure: AttemptFailure): boolean {
  switch (failure.kind) {
    case 'http': {
      if (failure.isQuota) return false;
      if (failure.shouldRetryHeader !== undefined) return failure.shouldRetryHeader;
      const status = failure.error.status ?? 0;
      return retryableStatuses.has(status) || status >= 500;
    }
    case 'connection':
      return isRetryableConnection(failure.error);
    default:
      return false;
  }
}

/** The same decision for a caller that holds only the AppError (no headers, so no x-should-retry). */
export function isRetryableError(error: AppError): boolean {
  if (error.code === 'http-error' && error.status !== undefined) {
    const isQuota = error.hintKey === 'status-429-quota' || error.hintKey === 'status-402';
    return isRetryableFailure({ error, kind: 'http', isQuota });
  }
  if (error.code === 'network-error') return isRetryableFailure({ error, kind: 'connection' });
  return false;
}
