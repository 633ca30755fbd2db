import type { Dispatcher } from 'undici';
import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import {
  defaultNetworkSettings,
  type RetrySettings,
  type TimeoutSettings,
} from '../../shared/network-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { keyShapeOf } from '../net/diagnose-rejected-key.ts';
import { cancellableWait } from '../net/retry/cancellable-wait.ts';
import { adapterForFormat } from '../providers/provider-adapter.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import type { StreamContext } from '../providers/stream-context.ts';
import { classifyThrown, type ThrownContext } from './classify-thrown.ts';
import { decideNextAttempt } from './decide-next-attempt.ts';
import type { KeyPool, PooledKey } from './key-pool.ts';
import { readEventStream, readJsonResponse } from './read-response.ts';
import { startRunLimits } from './run-limits.ts';
import { type AttemptResult, sendAttempt } from './send-attempt.ts';
import { validateBaseUrl } from './validate-base-url.ts';

export interface RunChatOptions {
  target: ProviderTarget;
  request: ChatRequest;
  /** undici dispatcher (Agent, ProxyAgent, …); the default global one when absent. */
  dispatcher?: Dispatcher;
  /** How requests leave, shown on each request-sent: 'direct' (the default) or the masked proxy. */
  via?: string;
  /** Response headers, idle and total limits; the connect timeout is the dispatcher's. */
  timeouts?: TimeoutSettings;
  retry?: RetrySettings;
  /**
   * The profile's keys with their health; when it holds a key, that key replaces target.apiKey and
   * a 401, 429 or empty quota moves to the next healthy key.
   */
  keys?: KeyPool;
  /** Aborting closes the upstream connection and ends the stream with a `cancelled` stream-error. */
  signal: AbortSignal;
  emit: (event: StreamEvent) => void;
}

/**
 * Sends one chat request, retrying as the official SDKs do, and reports it as normalized events.
 * Never throws: the last event is always exactly one stream-end or stream-error.
 */
export async function runChat(options: RunChatOptions): Promise<void> {
  const startedAt = performance.now();
  const now = () => performance.now() - startedAt;
  let terminated = false;
  // The single gate that makes "exactly one terminal event, and nothing after it" hold whatever
  // path ends the run.
  const emit = (event: StreamEvent): void => {
    if (terminated) return;
    if (event.type === 'stream-end' || event.type === 'stream-error') terminated = true;
    try {
      options.emit(event);
    } catch {
      // A failing listener must not cut the stream short or cost the run its terminal event.
    }
  };
  const fail = (error: AppError): void => emit({ type: 'stream-error', atMs: now(), error });

  const { target, request, signal, keys } = options;
  const timeouts = options.timeouts ?? defaultNetworkSettings.timeouts;
  const retry = options.retry ?? defaultNetworkSettings.retry;
  const limits = startRunLimits(signal, timeouts.totalMs);
  const thrownContext: ThrownContext = { userSignal: signal, limits, timeouts, host: target.baseUrl };
  try {
    const adapter = adapterForFormat(target.format);
    const invalid = validateBaseUrl(target.baseUrl, adapter.exampleBaseUrl);
    if (invalid) return fail(invalid);
    const host = new URL(adapter.buildRequest(target, request).url).host;
    thrownContext.host = host;
    const context: StreamContext = { host, emit, now };

    let key: PooledKey | undefined = keys?.current();
    const triedKeyIds = new Set<string>();
    let retriesMade = 0;
    for (let attempt = 1; ; attempt++) {
      if (key) triedKeyIds.add(key.id);
      const apiKey = key?.key ?? target.apiKey;
      const result: AttemptResult = await sendAttempt({
        attempt,
        plan: adapter.buildRequest(key ? { ...target, apiKey: key.key } : target, request),
        format: target.format,
        via: options.via ?? 'direct',
        ...(apiKey !== undefined && { keyShape: keyShapeOf(apiKey) }),
        ...(options.dispatcher && { dispatcher: options.dispatcher }),
        timeouts,
        limits,
        userSignal: signal,
        context,
      });

      if (result.kind === 'answered') {
        if (key) keys?.report(key.id, { kind: 'ok' });
        // Never retried from here on: the answer has begun, and sending again could bill twice.
        try {
          const contentType = result.headers['content-type'] ?? '';
          const isEventStream =
            contentType.includes('text/event-stream') || (contentType === '' && request.stream);
          if (isEventStream) await readEventStream(result.body, target.format, context);
          else await readJsonResponse(result.body, contentType, adapter.decodeResponse, context);
        } catch (error) {
          fail(classifyThrown(error, thrownContext).error);
        }
        return;
      }

      const { failure } = result;
      const next = decideNextAttempt({
        failure,
        retriesMade,
        retry,
        ...(keys && { keys }),
        ...(key && { usedKey: key }),
        triedKeyIds,
        remainingMs: limits.remainingMs(),
      });
      if (next.kind === 'give-up') return fail(failure.error);
      const nextKey = next.key ?? key;
      const retryInMs = next.kind === 'wait' ? next.delayMs : 0;
      const switched = nextKey !== undefined && nextKey.id !== key?.id;
      emit({
        type: 'attempt-failed',
        atMs: now(),
        attempt,
        error: failure.error,
        retryInMs,
        ...(switched && nextKey.lastFour !== undefined && { nextKeyLastFour: nextKey.lastFour }),
      });
      if (next.kind === 'wait') {
        retriesMade += 1;
        const waited = await cancellableWait(next.delayMs, limits.signal);
        if (!waited) return fail(classifyThrown(undefined, thrownContext).error);
        triedKeyIds.clear();
      }
      key = nextKey;
    }
  } catch (error) {
    fail(classifyThrown(error, thrownContext).error);
  } finally {
    limits.dispose();
    // Covers a bug that skipped the terminal event, so listeners never wait forever.
    if (!terminated) {
      fail(makeError('internal', { hintKey: 'report-bug', params: { detail: 'no terminal event' } }));
    }
  }
}
