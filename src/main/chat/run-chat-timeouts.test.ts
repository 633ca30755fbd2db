import { afterEach, describe, expect, it } from 'vitest';
import type { TimeoutSettings } from '../../shared/network-schemas.ts';
import { type MockServer, startMockServer } from '../mock/mock-server.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { type LoopbackServer, startLoopbackServer } from './loopback-test-server.ts';
import { chatRequest, openAiKey, quickRetry, runAgainst } from './run-chat-harness.ts';

let server: LoopbackServer | undefined;
let mock: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  await mock?.close();
  server = undefined;
  mock = undefined;
});

const generous: TimeoutSettings = {
  connectMs: 5000,
  responseHeadersMs: 10_000,
  idleMs: 10_000,
  totalMs: 20_000,
};

function closedWithin(loopback: LoopbackServer, milliseconds: number) {
  return Promise.race([
    loopback.connectionClosed.then(() => 'closed'),
    new Promise((resolve) => setTimeout(() => resolve('still open'), milliseconds)),
  ]);
}

describe('runChat time limits', () => {
  it('ends with a timeout naming the response-headers limit when no answer begins', async () => {
    server = await startLoopbackServer(() => {
      // Never answers: a reasoning model writing a long non-streamed answer, or a hung relay.
    });
    const { transcript, types } = await runAgainst(
      { format: 'openai-chat', baseUrl: `${server.origin}/v1`, apiKey: openAiKey },
      chatRequest,
      undefined,
      { retry: quickRetry, timeouts: { ...generous, responseHeadersMs: 300 } },
    );
    expect(types).toEqual(['request-sent', 'stream-error']);
    expect(transcript.error).toMatchObject({
      code: 'timeout',
      hintKey: 'timeout-response-headers',
      params: { timeoutLimit: 'response-headers', limitMs: 300 },
    });
    expect(transcript.error?.message).toBe(
      `${new URL(server.origin).host} did not answer in time (no answer within 300 ms).`,
    );
    expect(await closedWithin(server, 2000)).toBe('closed');
  });

  it('ends a stream that goes silent with the idle limit, keeping the text so far', async () => {
    mock = await startMockServer({ tokensPerSecond: 0 });
    const { transcript } = await runAgainst(
      { format: 'openai-chat', baseUrl: `${mock.url}/v1` },
      { ...chatRequest, model: 'mock-stall' },
      undefined,
      { retry: quickRetry, timeouts: { ...generous, idleMs: 400 } },
    );
    expect(transcript.text.length).toBeGreaterThan(0);
    expect(transcript.error).toMatchObject({
      code: 'timeout',
      hintKey: 'timeout-idle',
      params: { timeoutLimit: 'idle', limitMs: 400, limit: 'no data for 400 ms between chunks' },
    });
    expect(transcript.error?.hint).toMatch(/text received so far is kept/);
    expect(transcript.attempts).toHaveLength(1);
    const start = Date.now();
    while (mock.activeStreamCount() > 0 && Date.now() - start < 2000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(mock.activeStreamCount()).toBe(0);
  });

  it('ends a stream that keeps trickling past the total deadline, keeping the text so far', async () => {
    const wire = readFixture('wire/openai_chat_stream_usage.sse');
    const firstEvent = wire.slice(0, wire.indexOf('\n\n') + 2);
    const content = wire.split('\n\n').find((frame) => frame.includes('"content":"{\\"'));
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(firstEvent);
      response.write(`${content}\n\n`);
      // A comment every 50 ms: never idle, never finished.
      const timer = setInterval(() => response.write(': still here\n\n'), 50);
      response.on('close', () => clearInterval(timer));
    });
    const started = performance.now();
    const { transcript } = await runAgainst(
      { format: 'openai-chat', baseUrl: `${server.origin}/v1`, apiKey: openAiKey },
      chatRequest,
      undefined,
      { retry: quickRetry, timeouts: { ...generous, idleMs: 300, totalMs: 700 } },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(transcript.text).toBe('{"');
    expect(transcript.error).toMatchObject({
      code: 'timeout',
      hintKey: 'timeout-total',
      params: { timeoutLimit: 'total', limitMs: 700, limit: 'the total limit of 700 ms was reached' },
    });
    expect(await closedWithin(server, 2000)).toBe('closed');
  });
});
