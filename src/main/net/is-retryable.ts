import type { AppError } from '../../shared/result.ts';

// The statuses the official SDKs retry: 408, 409, 429 and every 5xx (so Anthropic's 529 too).
const retryableStatuses = new Set([408, 409, 429]);
const retryableNetworkHints = new Set([
  'connection-reset',
  'connect-timeout',
  'response-timeout',
  'network-other',
]);

/**
 * Whether sending the same request again may succeed. An empty balance (`status-429-quota`,
 * `status-402`) is never retryable; neither is anything after a stream has started.
 */
export function isRetryableError(error: AppError): boolean {
  if (error.code === 'http-error' && error.status !== undefined) {
    if (error.hintKey === 'status-429-quota' || error.hintKey === 'status-402') return false;
    return retryableStatuses.has(error.status) || error.status >= 500;
  }
  if (error.code === 'network-error') return retryableNetworkHints.has(error.hintKey ?? 'network-other');
  if (error.code === 'timeout') return true;
  return false;
}
