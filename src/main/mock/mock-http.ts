import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HeaderMap } from './vendor-headers.ts';

// Far above any real prompt, yet small enough that a runaway client cannot exhaust memory.
const BODY_LIMIT_BYTES = 32 * 1024 * 1024;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; message: string };

export async function readJsonBody(request: IncomingMessage): Promise<JsonBodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) return { ok: false, message: 'Request body is too large.' };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function isOpen(response: ServerResponse): boolean {
  return !response.destroyed && !response.writableEnded;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  headers: HeaderMap,
  body: unknown,
  indent?: number,
): void {
  if (!isOpen(response)) return;
  const text = `${JSON.stringify(body, null, indent)}${indent ? '\n' : ''}`;
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

export function openEventStream(response: ServerResponse, headers: HeaderMap): void {
  response.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  // Clients measure time to first byte from the headers; do not hold them back for the first token.
  response.flushHeaders();
}

export function writeIfOpen(response: ServerResponse, text: string): void {
  if (isOpen(response)) response.write(text);
}

export function endIfOpen(response: ServerResponse): void {
  if (isOpen(response)) response.end();
}

export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
