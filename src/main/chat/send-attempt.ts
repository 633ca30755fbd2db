import { type Dispatcher, request as sendRequest } from 'undici';
import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { maskHeaders, maskUrlCredentials } from '../../shared/mask-key.ts';
import type { TimeoutSettings } from '../../shared/network-schemas.ts';
import { classifyHttpFailure } from '../net/classify-http-error.ts';
import type { KeyShape } from '../net/diagnose-rejected-key.ts';
import type { AttemptFailure } from '../net/retry/attempt-failure.ts';
import type { HttpRequestPlan } from '../providers/http-request-plan.ts';
import type { StreamContext } from '../providers/stream-context.ts';
import { classifyThrown } from './classify-thrown.ts';
import { flattenHeaders, type ResponseBody, readTextSoFar } from './read-response.ts';
import type { RunLimits } from './run-limits.ts';

export interface AttemptInput {
  attempt: number;
  plan: HttpRequestPlan;
  format: ProviderFormat;
  via: string;
  /** The shape of the key this attempt sends, so a 401 can say what looks wrong with it. */
  keyShape?: KeyShape;
  dispatcher?: Dispatcher;
  timeouts: TimeoutSettings;
  limits: RunLimits;
  userSignal: AbortSignal;
  context: StreamContext;
}

export type AttemptResult =
  | { kind: 'answered'; status: number; headers: Record<string, string>; body: ResponseBody }
  | { kind: 'failed'; failure: AttemptFailure };

/**
 * Sends one HTTP request of a run and reports it (request-sent, response-start, the raw bytes of an
 * error body). A 2xx answer is handed back unread, since its body is the answer; anything else
 * comes back as a failure for the retry policy to judge.
 */
export async function sendAttempt(input: AttemptInput): Promise<AttemptResult> {
  const { plan, context, limits, timeouts } = input;
  const thrownContext = { userSignal: input.userSignal, limits, timeouts, host: context.host };
  context.emit({
    type: 'request-sent',
    atMs: context.now(),
    method: plan.method,
    url: maskUrlCredentials(plan.url),
    headers: maskHeaders(plan.headers),
    body: plan.body,
    attempt: input.attempt,
    via: input.via,
  });
  if (limits.signal.aborted) return { kind: 'failed', failure: classifyThrown(undefined, thrownContext) };

  let response: Dispatcher.ResponseData;
  try {
    response = await sendRequest(plan.url, {
      method: plan.method,
      headers: plan.headers,
      body: plan.body,
      signal: limits.signal,
      // undici's own timers: until the headers, then between two chunks of the body.
      headersTimeout: timeouts.responseHeadersMs,
      bodyTimeout: timeouts.idleMs,
      ...(input.dispatcher && { dispatcher: input.dispatcher }),
    });
  } catch (error) {
    return { kind: 'failed', failure: classifyThrown(error, thrownContext) };
  }
  const headers = flattenHeaders(response.headers);
  const status = response.statusCode;
  context.emit({ type: 'response-start', atMs: context.now(), status, headers });
  if (status >= 200 && status <= 299) return { kind: 'answered', status, headers, body: response.body };

  const read = await readTextSoFar(response.body, context);
  if (read.error !== undefined && (input.userSignal.aborted || limits.totalExpired())) {
    return { kind: 'failed', failure: classifyThrown(read.error, thrownContext) };
  }
  const failure = classifyHttpFailure({
    status,
    body: read.text,
    headers,
    host: context.host,
    request: {
      // Masked: the URL may end up in a hint, and a relay's ?key= must not.
      url: maskUrlCredentials(plan.url),
      format: input.format,
      bodyBytes: Buffer.byteLength(plan.body),
      ...(input.keyShape && { key: input.keyShape }),
    },
  });
  return { kind: 'failed', failure };
}
