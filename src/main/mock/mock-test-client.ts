import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { request } from 'undici';

// Shared by the mock's tests: a plain HTTP client that sees exactly what a real client would.

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

type HeaderInput = Record<string, string>;

export async function post(url: string, body: unknown, headers: HeaderInput = {}): Promise<Reply> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.statusCode,
    headers: flatten(response.headers),
    text: await response.body.text(),
  };
}

export async function get(url: string, headers: HeaderInput = {}): Promise<Reply> {
  const response = await request(url, { method: 'GET', headers });
  return {
    status: response.statusCode,
    headers: flatten(response.headers),
    text: await response.body.text(),
  };
}

export function parseEvents(text: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  parser.feed(text);
  return events;
}

export interface OpenAiChunk {
  id: string;
  object: string;
  created: number;
  model: string;
  system_fingerprint: string;
  choices: {
    index: number;
    delta: { role?: string; content?: string; refusal?: null };
    logprobs: null;
    finish_reason: string | null;
  }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  error?: { message: string; type: string; param: string | null; code: string | null };
}

/** The JSON payloads of an OpenAI stream, without the closing [DONE]. */
export function openAiChunks(text: string): OpenAiChunk[] {
  return parseEvents(text)
    .filter((event) => event.data !== '[DONE]')
    .map((event) => JSON.parse(event.data));
}

export function openAiStreamText(text: string): string {
  return openAiChunks(text)
    .map((chunk) => chunk.choices?.[0]?.delta?.content ?? '')
    .join('');
}

export function anthropicStreamText(text: string): string {
  return parseEvents(text)
    .filter((event) => event.event === 'content_block_delta')
    .map((event) => JSON.parse(event.data).delta.text)
    .join('');
}

export interface OpenStream {
  status: number;
  headers: Record<string, string>;
  /** Everything received so far. */
  received(): string;
  /** Resolves once the received text satisfies `done`; rejects after `timeoutMs`. */
  waitFor(done: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with how the body ended: 'end' (server finished it) or 'error' (connection cut). */
  ended: Promise<'end' | 'error'>;
  abort(): void;
}

/** Starts a streamed request and reads it incrementally, for faults that never finish. */
export async function openStream(url: string, body: unknown, headers: HeaderInput = {}): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  let text = '';
  const waiters = new Set<() => void>();
  response.body.setEncoding('utf8');
  response.body.on('data', (chunk: string) => {
    text += chunk;
    for (const waiter of waiters) waiter();
  });
  const ended = new Promise<'end' | 'error'>((resolve) => {
    response.body.once('end', () => resolve('end'));
    response.body.once('error', () => resolve('error'));
  });
  return {
    status: response.statusCode,
    headers: flatten(response.headers),
    received: () => text,
    ended,
    abort: () => controller.abort(),
    waitFor(done, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!done(text)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(text);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting; received so far:\n${text}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
