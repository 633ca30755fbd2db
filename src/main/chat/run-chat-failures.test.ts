import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import {
  type LoopbackServer,
  type ReplayHandler,
  startLoopbackServer,
  writeInPieces,
} from './loopback-test-server.ts';
import { runChat } from './run-chat.ts';
import {
  anthropicKey,
  chatRequest,
  openAiKey,
  quickRetry,
  runAgainst,
  summarize,
} from './run-chat-harness.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: ReplayHandler): Promise<LoopbackServer> {
  server = await startLoopbackServer(handler);
  return server;
}

describe('runChat failures against a loopback server', () => {
  it('turns a 401 with OpenAI’s body into a clear error, showing the body in the Raw tab', async () => {
    const body = readFixture('wire/openai_error_401_invalid_api_key.json');
    const loopback = await serve((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(body);
    });
    const { transcript, types } = await runAgainst({
      format: 'openai-chat',
      baseUrl: `${loopback.origin}/v1`,
      apiKey: openAiKey,
    });
    expect(types).toEqual(['request-sent', 'response-start', 'raw-chunk', 'stream-error']);
    expect(transcript.response?.status).toBe(401);
    expect(transcript.rawChunks.join('')).toBe(body);
    expect(transcript.status).toBe('failed');
    expect(transcript.error).toMatchObject({ code: 'http-error', status: 401, hintKey: 'status-401' });
    expect(transcript.error?.message).toMatch(
      /^127\.0\.0\.1:\d+ answered 401: Incorrect API key provided: sk-proj-\*+21sA\./,
    );
    expect(transcript.error?.hint).toBe(
      'The API key was rejected. Check that it is complete, has no spaces, and belongs to this provider.',
    );
  });

  it('reports a closed port as connection refused, after retrying it as the SDKs do', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));

    const { transcript, types } = await runAgainst(
      { format: 'openai-chat', baseUrl: `http://127.0.0.1:${port}/v1` },
      chatRequest,
      undefined,
      { retry: quickRetry },
    );
    expect(types).toEqual([
      'request-sent',
      'attempt-failed',
      'request-sent',
      'attempt-failed',
      'request-sent',
      'stream-error',
    ]);
    expect(transcript.attempts.map((attempt) => [attempt.attempt, attempt.error?.hintKey])).toEqual([
      [1, 'connection-refused'],
      [2, 'connection-refused'],
      [3, 'connection-refused'],
    ]);
    expect(transcript.attempts[0]?.retryInMs).toBeGreaterThanOrEqual(7);
    expect(transcript.attempts[0]?.via).toBe('direct');
    expect(transcript.error).toMatchObject({ code: 'network-error', hintKey: 'connection-refused' });
    expect(transcript.error?.hint).toBe(
      `Nothing is listening at 127.0.0.1:${port}. Check the base URL and that the server is running.`,
    );
  });

  it('cancels mid-stream: keeps the text so far and the server sees the socket close', async () => {
    const wire = readFixture('wire/anthropic_stream_basic.sse');
    const firstHalf = wire.slice(
      0,
      wire.indexOf(
        'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" there"}}',
      ),
    );
    const loopback = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(firstHalf);
      // Then nothing: the vendor is still "thinking" when the user presses Stop.
    });
    const controller = new AbortController();
    const events: StreamEvent[] = [];
    await runChat({
      target: { format: 'anthropic-messages', baseUrl: loopback.origin, apiKey: anthropicKey },
      request: chatRequest,
      signal: controller.signal,
      emit: (event) => {
        events.push(event);
        if (event.type === 'text-delta') controller.abort();
      },
    });
    const { transcript } = summarize(events);
    expect(transcript.text).toBe('Hello');
    expect(transcript.error).toMatchObject({ code: 'cancelled', message: 'Stopped.' });
    await expect(
      Promise.race([
        loopback.connectionClosed.then(() => 'closed'),
        new Promise((resolve) => setTimeout(() => resolve('still open'), 2000)),
      ]),
    ).resolves.toBe('closed');
  });

  it('reports a stream the server ends without finishing', async () => {
    const wire = readFixture('wire/openai_chat_stream_usage.sse');
    const loopback = await serve(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      await writeInPieces(response, wire.slice(0, wire.indexOf('"content":"San"')), 3);
      response.end();
    });
    const { transcript } = await runAgainst({
      format: 'openai-chat',
      baseUrl: `${loopback.origin}/v1`,
      apiKey: openAiKey,
    });
    expect(transcript.text).toBe('{"city":"');
    expect(transcript.error).toMatchObject({
      code: 'stream-error',
      hintKey: 'stream-closed-early',
      params: { detail: 'the connection closed before the stream finished' },
    });
  });

  it('explains a web page answered with 200 instead of the API', async () => {
    const loopback = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><html><head><title>Welcome to nginx!</title></head><body>Hi</body></html>',
      );
    });
    const { transcript } = await runAgainst(
      { format: 'openai-compatible', baseUrl: loopback.origin },
      { ...chatRequest, stream: false },
    );
    expect(transcript.error).toMatchObject({ code: 'stream-error', hintKey: 'unexpected-content' });
    expect(transcript.error?.message).toMatch(/got text\/html; charset=utf-8: Welcome to nginx! Hi/);
  });

  it('rejects a base URL that is not an http(s) URL before sending anything', async () => {
    const { types, transcript } = await runAgainst({
      format: 'anthropic-messages',
      baseUrl: 'api.anthropic.com',
    });
    expect(types).toEqual(['stream-error']);
    expect(transcript.error).toMatchObject({
      code: 'invalid-base-url',
      hintKey: 'fix-base-url',
      params: { baseUrl: 'api.anthropic.com', example: 'https://api.anthropic.com' },
      message: 'The base URL "api.anthropic.com" is not a valid http(s) URL.',
      hint: 'Use a full URL such as https://api.anthropic.com.',
    });
  });
});
