import { type Dispatcher, request as sendRequest } from 'undici';
import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import { maskHeaders, maskUrlCredentials } from '../../shared/mask-key.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { classifyHttpError } from '../net/classify-http-error.ts';
import { classifyNetworkError } from '../net/classify-network-error.ts';
import { summarizeBody } from '../net/summarize-body.ts';
import { createChatStreamDecoder } from '../providers/chat-stream-decoder.ts';
import { adapterForFormat } from '../providers/provider-adapter.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import type { StreamContext } from '../providers/stream-context.ts';
import { unexpectedContent } from '../providers/stream-failures.ts';
import { validateBaseUrl } from './validate-base-url.ts';

export interface RunChatOptions {
  target: ProviderTarget;
  request: ChatRequest;
  /** undici dispatcher (Agent, ProxyAgent, …); the default global one when absent. */
  dispatcher?: Dispatcher;
  /** Aborting closes the upstream connection and ends the stream with a `cancelled` stream-error. */
  signal: AbortSignal;
  emit: (event: StreamEvent) => void;
}

type ResponseBody = Dispatcher.ResponseData['body'];

// undici's 300 s defaults would cut off a non-streamed answer from a reasoning model, whose headers
// only arrive once the whole answer is written; the official SDKs allow 10 minutes.
const responseTimeoutMs = 600_000;

/**
 * Sends one chat request and reports it as normalized events. Never throws: the last event is
 * always exactly one stream-end or stream-error.
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

  const { target, request, signal } = options;
  let host = target.baseUrl;
  try {
    const adapter = adapterForFormat(target.format);
    const invalid = validateBaseUrl(target.baseUrl, adapter.exampleBaseUrl);
    if (invalid) return fail(invalid);
    const plan = adapter.buildRequest(target, request);
    host = new URL(plan.url).host;
    const context: StreamContext = { host, emit, now };

    emit({
      type: 'request-sent',
      atMs: now(),
      method: plan.method,
      url: maskUrlCredentials(plan.url),
      headers: maskHeaders(plan.headers),
      body: plan.body,
    });
    if (signal.aborted) return fail(makeError('cancelled', { params: { host } }));

    const response = await sendRequest(plan.url, {
      method: plan.method,
      headers: plan.headers,
      body: plan.body,
      signal,
      headersTimeout: responseTimeoutMs,
      bodyTimeout: responseTimeoutMs,
      ...(options.dispatcher && { dispatcher: options.dispatcher }),
    });
    const headers = flattenHeaders(response.headers);
    emit({ type: 'response-start', atMs: now(), status: response.statusCode, headers });

    if (response.statusCode < 200 || response.statusCode > 299) {
      const body = await readText(response.body, context);
      return fail(classifyHttpError({ status: response.statusCode, body, headers, host }));
    }

    const contentType = headers['content-type'] ?? '';
    const isEventStream = contentType.includes('text/event-stream') || (contentType === '' && request.stream);
    if (isEventStream) await readEventStream(response.body, target.format, context);
    else await readJsonResponse(response.body, contentType, adapter.decodeResponse, context);
  } catch (error) {
    if (signal.aborted) fail(makeError('cancelled', { params: { host } }));
    else fail(classifyNetworkError(error, host, responseTimeoutMs));
  } finally {
    // Covers a bug that skipped the terminal event, so listeners never wait forever.
    if (!terminated) {
      fail(makeError('internal', { hintKey: 'report-bug', params: { detail: 'no terminal event' } }));
    }
  }
}

async function readEventStream(
  body: ResponseBody,
  format: ProviderTarget['format'],
  context: StreamContext,
): Promise<void> {
  const decoder = createChatStreamDecoder(format, context);
  for await (const chunk of body) {
    decoder.push(chunk as Buffer);
    // Stop at the vendor's terminal event: leaving the loop destroys the body, so a relay that
    // keeps the connection open after [DONE] cannot hang the request.
    if (decoder.finished) return;
  }
  decoder.end();
}

async function readJsonResponse(
  body: ResponseBody,
  contentType: string,
  decodeResponse: (body: unknown, context: StreamContext) => void,
  context: StreamContext,
): Promise<void> {
  const text = await readText(body, context);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const kind = contentType === '' ? 'a body without a content type' : contentType;
    const detail = `expected JSON or an event stream but got ${kind}: ${summarizeBody(text) || '(empty)'}`;
    context.emit({
      type: 'stream-error',
      atMs: context.now(),
      error: unexpectedContent(context.host, detail),
    });
    return;
  }
  decodeResponse(parsed, context);
}

/** The whole body as text, reporting each network chunk as raw-chunk on the way. */
async function readText(body: ResponseBody, context: StreamContext): Promise<string> {
  const textDecoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const take = (text: string) => {
    if (text === '') return;
    parts.push(text);
    context.emit({ type: 'raw-chunk', atMs: context.now(), text });
  };
  for await (const chunk of body) take(textDecoder.decode(chunk as Buffer, { stream: true }));
  take(textDecoder.decode());
  return parts.join('');
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
