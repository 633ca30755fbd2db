import { expect } from 'vitest';
import { type ChatRequest, type StreamEvent, streamEventSchema } from '../../shared/chat-schemas.ts';
import { applyStreamEvent, emptyTranscript } from '../../shared/transcript.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { type ReplayHandler, writeInPieces } from './loopback-test-server.ts';
import { type RunChatOptions, runChat } from './run-chat.ts';

// Test support for runChat: one request shape, a fixture replayer, and the checks every run must
// pass whatever happened (valid events, time moving forward, exactly one terminal event, last).

export const openAiKey = 'sk-proj-test-key-0123456789abcd';
export const anthropicKey = 'sk-ant-api03-test-key-0123wxyz';

export const chatRequest: ChatRequest = {
  model: 'test-model',
  system: 'Answer briefly.',
  messages: [{ role: 'user', content: 'What is the weather?' }],
  temperature: 0.3,
  stop: ['END'],
  stream: true,
};

/** Replays a wire fixture in five pieces, as a vendor would stream it. */
export function replay(fixture: string, status = 200, contentType = 'text/event-stream'): ReplayHandler {
  return async (_request, response) => {
    response.writeHead(status, { 'content-type': contentType, 'x-request-id': 'req_test' });
    await writeInPieces(response, readFixture(fixture), 5);
    response.end();
  };
}

/** Retries that wait milliseconds, not seconds: the policy is the same, the tests stay fast. */
export const quickRetry = { maxRetries: 2, initialDelayMs: 10, maxDelayMs: 40 };

export async function runAgainst(
  target: ProviderTarget,
  request: ChatRequest = chatRequest,
  signal: AbortSignal = new AbortController().signal,
  extras: Omit<RunChatOptions, 'target' | 'request' | 'signal' | 'emit'> = {},
) {
  const events: StreamEvent[] = [];
  await runChat({ ...extras, target, request, signal, emit: (event) => events.push(event) });
  return summarize(events);
}

export function summarize(events: StreamEvent[]) {
  const transcript = emptyTranscript();
  for (const event of events) applyStreamEvent(transcript, event);
  for (const event of events) expect(streamEventSchema.safeParse(event).success, event.type).toBe(true);
  for (let index = 1; index < events.length; index++) {
    expect(events[index]?.atMs).toBeGreaterThanOrEqual(events[index - 1]?.atMs ?? 0);
  }
  const terminals = events.filter((event) => event.type === 'stream-end' || event.type === 'stream-error');
  expect(terminals).toHaveLength(1);
  expect(events.at(-1)).toBe(terminals[0]);
  return { events, transcript, types: events.map((event) => event.type) };
}
