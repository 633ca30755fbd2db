import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import {
  type LoopbackServer,
  type ReceivedRequest,
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

type Step = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

/** A server that answers its n-th request with the n-th step (the last one repeats), noting when. */
async function serveSteps(...steps: Step[]) {
  const arrivals: number[] = [];
  server = await startLoopbackServer(async (request, response) => {
    arrivals.push(performance.now());
    const step = steps[Math.min(arrivals.length, steps.length) - 1];
    await step?.(request, response);
  });
  return { loopback: server, arrivals };
}

function errorAnswer(status: number, fixture: string, headers: Record<string, string> = {}): Step {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(readFixture(`wire/${fixture}`));
  };
}

const openAiStream: Step = async (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  await writeInPieces(response, readFixture('wire/openai_chat_stream_usage.sse'), 3);
  response.end();
};
const openAiAnswer = '{"city":"San Francisco","units":"c"}';

const openAiTarget = (origin: string) => ({
  format: 'openai-chat' as const,
  baseUrl: `${origin}/v1`,
  apiKey: openAiKey,
});
const quick = { retry: quickRetry };

describe('runChat retries as the official SDKs do', () => {
  it('waits as long as retry-after says after a 429, then answers', async () => {
    const { loopback, arrivals } = await serveSteps(
      errorAnswer(429, 'openai_error_429_rate_limit_exceeded.json', { 'retry-after': '1' }),
      openAiStream,
    );
    const { transcript, types } = await runAgainst(
      openAiTarget(loopback.origin),
      chatRequest,
      undefined,
      quick,
    );
    expect(transcript.text).toBe(openAiAnswer);
    expect(types.slice(0, 5)).toEqual([
      'request-sent',
      'response-start',
      'raw-chunk',
      'attempt-failed',
      'request-sent',
    ]);
    expect(transcript.attempts).toMatchObject([
      { attempt: 1, status: 429, retryInMs: 1000, error: { status: 429, hintKey: 'status-429-rate' } },
      { attempt: 2, status: 200 },
    ]);
    expect(transcript.attempts[1]?.error).toBeUndefined();
    // The latest attempt is the one the inspector shows.
    expect(transcript.request?.attempt).toBe(2);
    expect(transcript.response?.status).toBe(200);
    const waited = (arrivals[1] ?? 0) - (arrivals[0] ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(4000);
  });

  it('prefers retry-after-ms, and backs off instead of sleeping on a hint over a minute', async () => {
    const { loopback, arrivals } = await serveSteps(
      errorAnswer(429, 'openai_error_429_rate_limit_exceeded.json', {
        'retry-after-ms': '300',
        'retry-after': '9',
      }),
      errorAnswer(429, 'openai_error_429_rate_limit_exceeded.json', { 'retry-after': '120' }),
      openAiStream,
    );
    const { transcript } = await runAgainst(openAiTarget(loopback.origin), chatRequest, undefined, quick);
    expect(transcript.text).toBe(openAiAnswer);
    expect(transcript.attempts.map((attempt) => attempt.retryInMs)).toEqual([
      300,
      expect.any(Number),
      undefined,
    ]);
    // The second wait is the backoff (20 ms less up to 25 %), not the 2 minutes the server asked for.
    expect(transcript.attempts[1]?.retryInMs).toBeGreaterThanOrEqual(15);
    expect(transcript.attempts[1]?.retryInMs).toBeLessThanOrEqual(20);
    const waited = (arrivals[1] ?? 0) - (arrivals[0] ?? 0);
    expect(waited).toBeGreaterThanOrEqual(280);
    expect(waited).toBeLessThan(3000);
  });

  it('does not retry a 500 the server marks x-should-retry: false', async () => {
    const { loopback } = await serveSteps(
      errorAnswer(500, 'openai_error_500_server_error.json', { 'x-should-retry': 'false' }),
      openAiStream,
    );
    const { transcript, types } = await runAgainst(
      openAiTarget(loopback.origin),
      chatRequest,
      undefined,
      quick,
    );
    expect(types).toEqual(['request-sent', 'response-start', 'raw-chunk', 'stream-error']);
    expect(transcript.error).toMatchObject({ status: 500, hintKey: 'status-5xx' });
    expect(loopback.received).toHaveLength(1);
  });

  it('retries a 400 the server marks x-should-retry: true', async () => {
    const { loopback } = await serveSteps(
      errorAnswer(400, 'openai_error_400_unsupported_parameter.json', { 'x-should-retry': 'true' }),
      openAiStream,
    );
    const { transcript } = await runAgainst(openAiTarget(loopback.origin), chatRequest, undefined, quick);
    expect(transcript.text).toBe(openAiAnswer);
    expect(transcript.attempts.map((attempt) => attempt.status)).toEqual([400, 200]);
  });

  it('never retries an exhausted quota, and says waiting will not help', async () => {
    const { loopback } = await serveSteps(
      errorAnswer(429, 'openai_error_429_insufficient_quota.json', { 'retry-after': '1' }),
      openAiStream,
    );
    const { transcript, types } = await runAgainst(
      openAiTarget(loopback.origin),
      chatRequest,
      undefined,
      quick,
    );
    expect(types).not.toContain('attempt-failed');
    expect(transcript.error).toMatchObject({ status: 429, hintKey: 'status-429-quota' });
    expect(transcript.error?.hint).toMatch(/waiting will not help/);
    expect(loopback.received).toHaveLength(1);
  });

  it('retries Anthropic’s 529 overloaded', async () => {
    const { loopback } = await serveSteps(
      errorAnswer(529, 'anthropic_error_overloaded.json'),
      async (_r, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        await writeInPieces(response, readFixture('wire/anthropic_stream_basic.sse'), 4);
        response.end();
      },
    );
    const { transcript } = await runAgainst(
      { format: 'anthropic-messages', baseUrl: loopback.origin, apiKey: anthropicKey },
      chatRequest,
      undefined,
      quick,
    );
    expect(transcript.status).toBe('done');
    expect(transcript.text.length).toBeGreaterThan(0);
    expect(transcript.attempts).toMatchObject([
      { status: 529, error: { hintKey: 'status-529' } },
      { status: 200 },
    ]);
  });

  it('gives up after maxRetries and reports the last failure once', async () => {
    const { loopback } = await serveSteps(errorAnswer(500, 'openai_error_500_server_error.json'));
    const { transcript, types } = await runAgainst(
      openAiTarget(loopback.origin),
      chatRequest,
      undefined,
      quick,
    );
    expect(loopback.received).toHaveLength(3);
    expect(types.filter((type) => type === 'attempt-failed')).toHaveLength(2);
    expect(transcript.error).toMatchObject({ status: 500 });
    expect(transcript.attempts.at(-1)).toMatchObject({ attempt: 3, status: 500, error: { status: 500 } });
    expect(transcript.attempts.at(-1)?.retryInMs).toBeUndefined();
  });

  it('never retries a 2xx stream that breaks midway, keeping its text', async () => {
    const wire = readFixture('wire/openai_chat_stream_usage.sse');
    const { loopback } = await serveSteps(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      await writeInPieces(response, wire.slice(0, wire.indexOf('"content":"San"')), 2);
      response.socket?.destroy();
    });
    const { transcript, types } = await runAgainst(
      openAiTarget(loopback.origin),
      chatRequest,
      undefined,
      quick,
    );
    expect(types).not.toContain('attempt-failed');
    expect(loopback.received).toHaveLength(1);
    expect(transcript.text).toBe('{"city":"');
    expect(transcript.status).toBe('failed');
  });

  it('stops promptly with cancelled when the user cancels during the wait', async () => {
    const { loopback } = await serveSteps(errorAnswer(500, 'openai_error_500_server_error.json'));
    const controller = new AbortController();
    const events: StreamEvent[] = [];
    const started = performance.now();
    await runChat({
      target: openAiTarget(loopback.origin),
      request: chatRequest,
      retry: { maxRetries: 2, initialDelayMs: 10_000, maxDelayMs: 10_000 },
      signal: controller.signal,
      emit: (event) => {
        events.push(event);
        if (event.type === 'attempt-failed') setTimeout(() => controller.abort(), 50);
      },
    });
    const elapsed = performance.now() - started;
    const { transcript } = summarize(events);
    expect(transcript.error).toMatchObject({ code: 'cancelled' });
    expect(transcript.attempts[0]?.retryInMs).toBeGreaterThanOrEqual(7500);
    expect(elapsed).toBeLessThan(3000);
    expect(loopback.received).toHaveLength(1);
  });

  it('names how the request left on every attempt', async () => {
    const { loopback } = await serveSteps(
      errorAnswer(503, 'openai_error_500_server_error.json'),
      openAiStream,
    );
    const { events } = await runAgainst(openAiTarget(loopback.origin), chatRequest, undefined, {
      ...quick,
      via: 'http://proxy.example:3128',
    });
    const sent = events.filter((event) => event.type === 'request-sent');
    expect(sent.map((event) => [event.attempt, event.via])).toEqual([
      [1, 'http://proxy.example:3128'],
      [2, 'http://proxy.example:3128'],
    ]);
  });
});
