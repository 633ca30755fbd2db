import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { type RouteLabel, routeLabelOf } from './proxy/route-label.ts';
import { describeWait } from './retry-after.ts';

// Hint keys grow variants (`tls-failure-expired`), so a consumer that knows only the family
// (`tls-failure`) still groups them by their start.
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
  CERT_HAS_EXPIRED: 'tls-failure-expired',
  CERT_NOT_YET_VALID: 'tls-failure-expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls-failure-untrusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls-failure-untrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls-failure-untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls-failure-untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'tls-failure-untrusted',
  CERT_UNTRUSTED: 'tls-failure-untrusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls-failure-hostname',
};

// Through a proxy the socket-level failures are the proxy's: the endpoint is never dialled from
// here, and its name is looked up by the proxy.
const proxyHintByCode: Record<string, string> = {
  ECONNREFUSED: 'proxy-failure-refused',
  ENOTFOUND: 'proxy-failure-dns',
  EAI_AGAIN: 'proxy-failure-dns',
  EAI_FAIL: 'proxy-failure-dns',
  ECONNRESET: 'proxy-failure-reset',
  EPIPE: 'proxy-failure-reset',
  UND_ERR_SOCKET: 'proxy-failure-reset',
  UND_ERR_CLOSED: 'proxy-failure-reset',
  UND_ERR_PRX_CONN: 'proxy-failure-reset',
  ETIMEDOUT: 'proxy-failure-timeout',
  UND_ERR_CONNECT_TIMEOUT: 'proxy-failure-timeout',
  UND_ERR_SOCKS5_AUTH_FAILED: 'proxy-failure-socks-auth',
  UND_ERR_SOCKS5_AUTH_REJECTED: 'proxy-failure-socks-login',
  UND_ERR_SOCKS5_AUTH_METHOD: 'proxy-failure-socks-login',
  UND_ERR_SOCKS5_VERSION: 'proxy-failure-not-socks5',
  UND_ERR_SOCKS5_AUTH_VERSION: 'proxy-failure-not-socks5',
  UND_ERR_SOCKS5_REPLY_VERSION: 'proxy-failure-not-socks5',
  UND_ERR_SOCKS5_ADDR_TYPE: 'proxy-failure-not-socks5',
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
 * A thrown failure of the transport (refused, unresolvable, reset, timed out, TLS, proxy) as an
 * error the user can act on, naming the host and, when one was used, the proxy. Errors that carry
 * no code are Promptwire's own bugs and are reported as such. `timeoutMs` is the limit the request
 * ran with, quoted when the server stopped answering. `route` defaults to the label Promptwire's
 * dispatchers put on their errors, so callers that only pass the error on need not know the route.
 */
export function classifyNetworkError(
  error: unknown,
  host: string,
  timeoutMs?: number,
  route: RouteLabel | undefined = routeLabelOf(error),
): AppError {
  const coded = findCodedError(error);
  if (!coded) {
    const detail = error instanceof Error ? error.message : String(error);
    return makeError('internal', { hintKey: 'report-bug', params: { host, detail } });
  }
  const code = String(coded.code);
  const routeParams = route ? { via: route.via, ...(route.proxy && { proxy: route.proxy }) } : {};
  if (responseTimeoutCodes.has(code)) {
    const limit = timeoutMs === undefined ? 'the time limit' : describeWait(timeoutMs);
    return makeError('timeout', { hintKey: 'response-timeout', params: { host, limit, ...routeParams } });
  }
  const message = readableMessage(coded, code);
  if (route?.proxy) return throughProxy(code, message, host, route.proxy, route.via);

  const hintKey = hintByCode[code] ?? 'network-other';
  // Said for a direct route only when Promptwire chose it, so "why no proxy?" has its answer.
  const detail = route ? `${message} (sent directly, no proxy)` : message;
  return makeError('network-error', { hintKey, params: { host, detail, reason: message, ...routeParams } });
}

function throughProxy(code: string, message: string, host: string, proxy: string, via: string): AppError {
  const params = { host, proxy, via, reason: message };
  const tunnel = /Proxy response \((\d{3})\)/.exec(message);
  const status = tunnel?.[1]
    ? Number(tunnel[1])
    : /Proxy Authentication Required \(407\)/.test(message)
      ? 407
      : 0;
  if (status === 407) {
    const detail = `the proxy ${proxy} answered 407 Proxy Authentication Required`;
    return makeError('network-error', {
      hintKey: 'proxy-failure-auth',
      params: { ...params, status, detail },
    });
  }
  if (status !== 0) {
    const detail = `the proxy ${proxy} answered ${status} when asked to connect to ${host}`;
    return makeError('network-error', {
      hintKey: 'proxy-failure-tunnel',
      params: { ...params, status, detail },
    });
  }
  const socksReply = /^UND_ERR_SOCKS5_REPLY_\d+$/.test(code);
  if (socksReply) {
    const reason = message.replace(/^SOCKS5 connection failed: /, '');
    const detail = `the SOCKS5 proxy ${proxy} could not connect to ${host}: ${reason}`;
    return makeError('network-error', {
      hintKey: 'proxy-failure-socks-connect',
      params: { ...params, reason, detail },
    });
  }
  const hintKey = proxyHintByCode[code] ?? hintByCode[code] ?? 'proxy-failure';
  return makeError('network-error', {
    hintKey,
    params: { ...params, detail: proxyDetail(hintKey, proxy, message, via) },
  });
}

function proxyDetail(hintKey: string, proxy: string, message: string, via: string): string {
  switch (hintKey) {
    case 'proxy-failure-refused':
      return `the proxy ${proxy} refused the connection (${message})`;
    case 'proxy-failure-dns':
      return `the proxy's host name could not be resolved (${message})`;
    case 'proxy-failure-socks-auth':
      return `the SOCKS5 proxy ${proxy} rejected the user name or password`;
    case 'proxy-failure-socks-login':
      return `the SOCKS5 proxy ${proxy} requires a user name and password`;
    case 'proxy-failure-not-socks5':
      return `${proxy} did not answer as a SOCKS5 proxy (${message})`;
    default:
      return `${message} (via ${via})`;
  }
}

// Node suggests a command-line flag for untrusted certificates; the hint says what to do instead.
const nodeFlagAdvice = /; if the root CA is installed locally, try running Node\.js with --use-system-ca$/;

function readableMessage(coded: CodedError, code: string): string {
  const message = typeof coded.message === 'string' && coded.message !== '' ? coded.message : code;
  return message.replace(nodeFlagAdvice, '');
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
