import type { Dispatcher } from 'undici';
import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { summarizeBody } from '../net/summarize-body.ts';
import { createChatStreamDecoder } from '../providers/chat-stream-decoder.ts';
import type { StreamContext } from '../providers/stream-context.ts';
import { unexpectedContent } from '../providers/stream-failures.ts';

export type ResponseBody = Dispatcher.ResponseData['body'];

/** Decodes a 2xx event stream; a failure of the body (timeout, reset, abort) is thrown to the caller. */
export async function readEventStream(
  body: ResponseBody,
  format: ProviderFormat,
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

export async function readJsonResponse(
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
export async function readText(body: ResponseBody, context: StreamContext): Promise<string> {
  const { text, error } = await readTextSoFar(body, context);
  if (error !== undefined) throw error;
  return text;
}

/**
 * The body as text, or as much of it as arrived before the body failed, with that failure: an
 * error answer cut short still has a status worth classifying.
 */
export async function readTextSoFar(
  body: ResponseBody,
  context: StreamContext,
): Promise<{ text: string; error?: unknown }> {
  const textDecoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const take = (text: string) => {
    if (text === '') return;
    parts.push(text);
    context.emit({ type: 'raw-chunk', atMs: context.now(), text });
  };
  try {
    for await (const chunk of body) take(textDecoder.decode(chunk as Buffer, { stream: true }));
    take(textDecoder.decode());
  } catch (error) {
    take(textDecoder.decode());
    return { text: parts.join(''), error };
  }
  return { text: parts.join('') };
}

export function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
