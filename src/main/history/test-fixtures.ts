// Shared by the history tests (not a test file itself): a temp data directory and a typical call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import type { HistoryBeginInput } from './store.ts';

export function temporaryDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'promptwire-history-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function beginInput(overrides: Partial<HistoryBeginInput> = {}): HistoryBeginInput {
  return {
    source: 'window',
    profileId: 'openai',
    profileName: 'OpenAI',
    format: 'openai-chat',
    baseUrl: 'https://api.openai.com/v1',
    request: {
      model: 'gpt-4o',
      system: 'You are terse.',
      messages: [{ role: 'user', content: 'Explain streaming in one line.' }],
      temperature: 0.2,
      maxTokens: 100,
      topP: 0.9,
      stop: ['END'],
      stream: true,
    },
    ...overrides,
  };
}

export const rateLimited: AppError = {
  code: 'http-error',
  message: 'Rate limited',
  hint: 'Wait',
  hintKey: 'rateLimited',
  params: { status: 429 },
  status: 429,
  vendorType: 'rate_limit',
  vendorMessage: 'slow down',
  retryAfterMs: 1000,
};

/** A call with a retry, reasoning, a tool call, usage and raw bytes: every field of an entry. */
export function fullStream(): StreamEvent[] {
  const sent = {
    method: 'POST',
    url: 'https://api.openai.com/v1/chat/completions',
    headers: { authorization: 'Bearer sk-…abcd', 'content-type': 'application/json' },
    body: '{"model":"gpt-4o"}',
  };
  return [
    { type: 'request-sent', atMs: 0, ...sent, attempt: 1, via: 'direct' },
    {
      type: 'attempt-failed',
      atMs: 5,
      attempt: 1,
      error: rateLimited,
      retryInMs: 1000,
      nextKeyLastFour: 'wxyz',
    },
    { type: 'request-sent', atMs: 1005, ...sent, attempt: 2, via: 'http://proxy:8080' },
    { type: 'response-start', atMs: 1100, status: 200, headers: { 'x-request-id': 'req_1' } },
    { type: 'raw-chunk', atMs: 1101, text: 'data: {"x":1}\n\n' },
    { type: 'reasoning-delta', atMs: 1150, text: 'Think…' },
    { type: 'text-delta', atMs: 1200, text: 'Streaming sends ' },
    { type: 'text-delta', atMs: 1210, text: 'tokens as they come.' },
    { type: 'tool-call-delta', atMs: 1220, index: 0, id: 'call_1', name: 'lookup', argumentsDelta: '{"q":' },
    { type: 'tool-call-delta', atMs: 1230, index: 0, argumentsDelta: '"x"}' },
    { type: 'usage-update', atMs: 1240, usage: { inputTokens: 12, outputTokens: 7, reasoningTokens: 3 } },
    { type: 'stream-end', atMs: 1250, finishReason: 'stop' },
  ];
}
