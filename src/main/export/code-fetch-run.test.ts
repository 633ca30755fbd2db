import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../shared/chat-schemas.ts';
import { type LoopbackServer, startLoopbackServer, writeInPieces } from '../chat/loopback-test-server.ts';
import { projectRoot } from '../cli/project-root.ts';
import { buildAnthropicMessagesRequest } from '../providers/anthropic-messages-request.ts';
import type { HttpRequestPlan } from '../providers/http-request-plan.ts';
import { buildOpenAiChatRequest } from '../providers/openai-chat-request.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { generateFetchCode } from './code-fetch.ts';
import type { CodeInput } from './code-input.ts';
import { nastyStrings, writeTemporaryFiles } from './code-test-support.ts';

// The generated fetch code, run for real by Node 24 against a loopback server: it must send the
// very bytes Promptwire's adapter sends and print the answer as the vendor streams it.

const key = 'sk-test-key-0123456789';
const streamedText = '你好，世界！🌍 Promptwire 支持流式输出 👋🏽——家庭：👨‍👩‍👧‍👦，完成。✅';
// Every nasty string in one prompt: the code's literals must carry each one to the wire intact.
const nastyPrompt = nastyStrings.join(' | ');

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function codeInput(format: CodeInput['format'], origin: string, stream: boolean): CodeInput {
  const request: ChatRequest = {
    model: format === 'anthropic-messages' ? 'claude-sonnet-4-5' : 'gpt-4o',
    system: 'Be brief. 简洁。',
    messages: [{ role: 'user', content: nastyPrompt }],
    temperature: 0.3,
    maxTokens: 100,
    stop: ['\n\n'],
    stream,
  };
  return {
    format,
    baseUrl: format === 'anthropic-messages' ? origin : `${origin}/v1`,
    request,
    headers: { 'X-Relay-Project': 'alpha' },
    keyEnvironmentVariable: 'RELAY_API_KEY',
    defaultBaseUrl: false,
  };
}

function adapterPlan(input: CodeInput): HttpRequestPlan {
  const target: ProviderTarget = {
    format: input.format,
    baseUrl: input.baseUrl,
    apiKey: key,
    headers: input.headers,
  };
  return input.format === 'anthropic-messages'
    ? buildAnthropicMessagesRequest(target, input.request)
    : buildOpenAiChatRequest(target, input.request);
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the code as an .mjs with only PATH and the given variables, so no real key can leak in. */
function runCode(code: string, environment: Record<string, string>): Promise<Outcome> {
  const directory = writeTemporaryFiles('promptwire-fetch-code-', { 'request.mjs': code });
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'node'), [join(directory, 'request.mjs')], {
    env: { PATH: process.env.PATH, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

async function expectSentAsAdapter(input: CodeInput): Promise<void> {
  const plan = adapterPlan(input);
  expect(server?.received).toHaveLength(1);
  const received = server?.received[0];
  expect(received?.method).toBe('POST');
  expect(`${server?.origin}${received?.path}`).toBe(plan.url);
  expect(received?.body).toBe(plan.body);
  for (const [name, value] of Object.entries(plan.headers))
    expect([name, received?.headers[name]]).toEqual([name, value]);
}

describe('generated fetch code, run by Node 24', () => {
  it('streams from an OpenAI-format server, split mid-character, and prints every delta', async () => {
    server = await startLoopbackServer(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      await writeInPieces(response, readFixture('streams/openai-chinese-emoji.sse'), 97);
      response.end();
    });
    const input = codeInput('openai-chat', server.origin, true);
    const outcome = await runCode(generateFetchCode(input), { RELAY_API_KEY: key });
    expect(outcome).toEqual({ status: 0, stdout: `${streamedText}\n`, stderr: '' });
    await expectSentAsAdapter(input);
  });

  it('streams from an Anthropic-format server, skipping thinking, and prints the text deltas', async () => {
    server = await startLoopbackServer(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      await writeInPieces(response, readFixture('streams/anthropic-chinese-emoji.sse'), 113);
      response.end();
    });
    const input = codeInput('anthropic-messages', server.origin, true);
    const outcome = await runCode(generateFetchCode(input), { RELAY_API_KEY: key });
    expect(outcome).toEqual({ status: 0, stdout: `${streamedText}\n`, stderr: '' });
    await expectSentAsAdapter(input);
  });

  it('prints a whole OpenAI answer', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: '东京 🗼' }, finish_reason: 'stop' }],
        }),
      );
    });
    const input = codeInput('openai-compatible', server.origin, false);
    const outcome = await runCode(generateFetchCode(input), { RELAY_API_KEY: key });
    expect(outcome).toEqual({ status: 0, stdout: '东京 🗼\n', stderr: '' });
    await expectSentAsAdapter(input);
  });

  it('prints the text blocks of a whole Anthropic answer', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'c2ln' },
            { type: 'text', text: '东京' },
            { type: 'text', text: ' 🗼' },
          ],
          stop_reason: 'end_turn',
        }),
      );
    });
    const input = codeInput('anthropic-messages', server.origin, false);
    const outcome = await runCode(generateFetchCode(input), { RELAY_API_KEY: key });
    expect(outcome).toEqual({ status: 0, stdout: '东京 🗼\n', stderr: '' });
    await expectSentAsAdapter(input);
  });

  it('fails with the status and the vendor error body', async () => {
    const errorBody = readFixture('wire/openai_error_401_invalid_api_key.json').trim();
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(errorBody);
    });
    const outcome = await runCode(generateFetchCode(codeInput('openai-chat', server.origin, true)), {
      RELAY_API_KEY: key,
    });
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(`Error: HTTP 401: ${errorBody}`);
  });

  it('says which variable to set, and sends nothing, when the key is missing', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.end();
    });
    const outcome = await runCode(
      generateFetchCode(codeInput('anthropic-messages', server.origin, true)),
      {},
    );
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('Error: Set RELAY_API_KEY to your API key.');
    expect(server.received).toEqual([]);
  });
});
