import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { describeWait } from './retry-after.ts';

const hintByCode: Record<string, string> = {
  ECONNREFUSED: 'connection-refused',
  ENOTFOUND: 'dns-failure',
  EAI_AGAIN: 'dns-failure',
  EAI_FAIL: 'dns-failure',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  UND_ERR_CLOSED: 'connection-reset',
  ETIMEDOUT: 'connect-timeout',
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
  UND_ERR_PRX_TLS: 'proxy-failure',
  UND_ERR_PRX_CONN: 'proxy-failure',
  CERT_HAS_EXPIRED: 'tls-failure',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls-failure',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls-failure',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls-failure',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls-failure',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls-failure',
};

interface CodedError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// The server accepted the connection but stopped answering: a timeout, not a network fault.
const responseTimeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * A thrown failure of the transport (refused, unresolvable, reset, timed out, TLS) as an error the
 * user can act on. Errors that carry no code are Promptwire's own bugs and are reported as such.
 * `timeoutMs` is the limit the request ran with, quoted when the server stopped answering.
 */
export function classifyNetworkError(error: unknown, host: string, timeoutMs?: number): AppError {
  const coded = findCodedError(error);
  if (!coded) {
    const detail = error instanceof Error ? error.message : String(error);
    return makeError('internal', { hintKey: 'report-bug', params: { host, detail } });
  }
  const code = String(coded.code);
  if (responseTimeoutCodes.has(code)) {
    const limit = timeoutMs === undefined ? 'the time limit' : describeWait(timeoutMs);
    return makeError('timeout', { hintKey: 'response-timeout', params: { host, limit } });
  }
  const message = typeof coded.message === 'string' && coded.message !== '' ? coded.message : code;
  return makeError('network-error', {
    hintKey: hintByCode[code] ?? 'network-other',
    params: { host, detail: message },
  });
}

// undici throws Node's own system errors for connect failures, wraps some in `cause`, and
// happy-eyeballs connects report an AggregateError holding one error per address tried.
function findCodedError(error: unknown, depth = 0): CodedError | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const candidate = error as CodedError;
  if (typeof candidate.code === 'string' && candidate.code !== '') return candidate;
  const fromCause = findCodedError(candidate.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      const found = findCodedError(inner, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
