import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { request } from 'undici';
import { maskUrlCredentials } from '../../../shared/mask-key.ts';
import type { ConnectionTestResult } from '../../../shared/network-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { makeError } from '../../errors/make-error.ts';
import { anthropicVersion } from '../../providers/anthropic-messages-request.ts';
import { joinEndpointUrl, withProfileHeaders } from '../../providers/http-request-plan.ts';
import type { ProviderTarget } from '../../providers/provider-target.ts';
import { classifyHttpError } from '../classify-http-error.ts';
import { classifyNetworkError } from '../classify-network-error.ts';
import { describeWait } from '../retry-after.ts';
import type { PreparedRoute } from './network-routes.ts';

export const connectionTestTimeoutMs = 15_000;

export interface ConnectionTestInput {
  target: ProviderTarget;
  /** The route and dispatcher a chat of this profile would use. */
  prepared: PreparedRoute;
  /** The profile needs a key and has none: a 401/403 is then explained by this error. */
  missingKey?: AppError;
  timeoutMs?: number;
}

/**
 * One cheap authenticated call, the model list, sent exactly as a chat would go (same route, same
 * dispatcher), reporting where it connected and how the endpoint answered. Never throws: a failure
 * is the result's `error`. An answer of 401 or 403 still proves the path works.
 */
export async function testConnection(input: ConnectionTestInput): Promise<ConnectionTestResult> {
  const { target, prepared } = input;
  const timeoutMs = input.timeoutMs ?? connectionTestTimeoutMs;
  const plan = modelListRequest(target);
  const result: ConnectionTestResult = {
    url: maskUrlCredentials(plan.url),
    via: prepared.via,
    proxyMode: prepared.mode,
    latencyMs: 0,
  };
  const url = new URL(plan.url);
  const host = url.host;
  const socketWatch = watchSocket(url);
  const signal = AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  try {
    const response = await request(url, {
      method: 'GET',
      headers: plan.headers,
      dispatcher: prepared.dispatcher,
      signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    result.latencyMs = performance.now() - started;
    result.status = response.statusCode;
    const body = await response.body.text();
    if (response.statusCode < 200 || response.statusCode > 299) {
      const headers = flattenHeaders(response.headers);
      const refused = response.statusCode === 401 || response.statusCode === 403;
      result.error =
        refused && input.missingKey
          ? { ...input.missingKey, status: response.statusCode }
          : classifyHttpError({ status: response.statusCode, body, headers, host });
    }
  } catch (error) {
    result.latencyMs = performance.now() - started;
    result.error = signal.aborted
      ? makeError('timeout', {
          hintKey: 'response-timeout',
          params: { host, limit: describeWait(timeoutMs), via: prepared.via },
        })
      : classifyNetworkError(error, host, timeoutMs);
  } finally {
    socketWatch.stop();
  }
  const address = socketWatch.address();
  if (address) result.resolvedAddress = address;
  return result;
}

function modelListRequest(target: ProviderTarget): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (target.format === 'anthropic-messages') {
    headers['anthropic-version'] = anthropicVersion;
    if (target.apiKey) headers['x-api-key'] = target.apiKey;
    return {
      url: joinEndpointUrl(target.baseUrl, '/v1/models'),
      headers: withProfileHeaders(headers, target.headers),
    };
  }
  if (target.apiKey) headers.authorization = `Bearer ${target.apiKey}`;
  return {
    url: joinEndpointUrl(target.baseUrl, '/models'),
    headers: withProfileHeaders(headers, target.headers),
  };
}

interface SendHeadersMessage {
  request: { origin?: string | URL; method?: string; path: string };
  socket: Socket;
}

/**
 * The remote end of the socket that carried this request: the endpoint when direct, the proxy when
 * proxied (a tunnelled TLS socket reports the proxy's address, since that is where its bytes go).
 * undici announces each request's socket on `undici:client:sendHeaders`, whether the connection is
 * new or a kept-alive one; the CONNECT sent to a proxy has a different origin and path.
 */
function watchSocket(url: URL): { address(): string | undefined; stop(): void } {
  const path = `${url.pathname}${url.search}`;
  let address: string | undefined;
  const onMessage = (message: unknown) => {
    const { request: sent, socket } = message as SendHeadersMessage;
    if (address !== undefined || sent.method !== 'GET' || sent.path !== path) return;
    if (sent.origin === undefined || new URL(String(sent.origin)).origin !== url.origin) return;
    const remote = socket.remoteAddress;
    if (remote === undefined || socket.remotePort === undefined) return;
    address = `${remote.includes(':') ? `[${remote}]` : remote}:${socket.remotePort}`;
  };
  subscribe('undici:client:sendHeaders', onMessage);
  return { address: () => address, stop: () => unsubscribe('undici:client:sendHeaders', onMessage) };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
