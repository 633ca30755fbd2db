// Test support for the code generators (not a test file itself): requests and profiles that
// exercise every branch, and strings that break naive escaping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { ChatRequest } from '../../shared/chat-schemas.ts';
import type { CodeInput } from './code-input.ts';

/** Each one has broken some code generator somewhere. */
export const nastyStrings: string[] = [
  'She said "hi" and \'bye\'',
  'back\\slash \\n \\u0041 \\N{BULLET} \\x41 C:\\temp\\',
  'line one\nline two\r\nline three\ttabbed',
  `template \${process.exit(1)} and \`backticks\` and \\\${escaped}`,
  '"""triple""" and \'\'\'triple\'\'\' and f"{braces}" {{}}',
  '*/ end of comment /* # not a comment // nor this',
  '中文：你好，世界！日本語とかな',
  'emoji 😀 family 👨‍👩‍👧‍👦 skin 👋🏽 flag 🇨🇳',
  'separators \u2028 and \u2029 and NEL \u0085',
  'controls \u0000 \u0007 \u001b[31m \u007f \u009f',
  'bidi \u202eevil\u202c \u2066isolate\u2069 bom \ufeff',
  'lone surrogates \ud800 and \udfff and reversed \udc00\ud800',
  '</script><script>alert(1)</script>',
  '',
];

export function typicalRequest(stream: boolean): ChatRequest {
  return {
    model: 'gpt-4o',
    system: 'Be brief.',
    messages: [
      { role: 'user', content: 'What is the capital of France?' },
      { role: 'assistant', content: 'Paris.' },
      { role: 'user', content: 'And of Japan?' },
    ],
    temperature: 0.2,
    maxTokens: 256,
    topP: 0.9,
    stop: ['END'],
    stream,
  };
}

export function typicalAnthropicRequest(stream: boolean): ChatRequest {
  return { ...typicalRequest(stream), model: 'claude-sonnet-4-5', topP: undefined };
}

export function openAiDefaults(request: ChatRequest): CodeInput {
  return {
    format: 'openai-chat',
    baseUrl: 'https://api.openai.com/v1',
    request,
    headers: {},
    keyEnvironmentVariable: 'OPENAI_API_KEY',
    defaultBaseUrl: true,
  };
}

export function anthropicDefaults(request: ChatRequest): CodeInput {
  return {
    format: 'anthropic-messages',
    baseUrl: 'https://api.anthropic.com',
    request,
    headers: {},
    keyEnvironmentVariable: 'ANTHROPIC_API_KEY',
    defaultBaseUrl: true,
  };
}

/** A relay: its own base URL, key variable, headers and a proxy. */
export function relay(input: CodeInput): CodeInput {
  return {
    ...input,
    baseUrl:
      input.format === 'anthropic-messages' ? 'https://relay.example.com' : 'https://relay.example.com/v1',
    defaultBaseUrl: false,
    keyEnvironmentVariable: 'RELAY_API_KEY',
    headers: { 'X-Relay-Project': 'alpha', 'X-Relay-Region': 'eu' },
    proxyUrl: 'http://127.0.0.1:7890',
  };
}

/** Every format × streaming × profile shape, plus one request per nasty string in every field. */
export function sampleInputs(): Array<{ name: string; input: CodeInput }> {
  const samples: Array<{ name: string; input: CodeInput }> = [];
  for (const stream of [true, false]) {
    const mode = stream ? 'stream' : 'once';
    const openAi = openAiDefaults(typicalRequest(stream));
    const anthropic = anthropicDefaults(typicalAnthropicRequest(stream));
    const compatible: CodeInput = {
      ...relay(openAi),
      format: 'openai-compatible',
      keyEnvironmentVariable: 'key-with-dash',
    };
    samples.push(
      { name: `openai-${mode}`, input: openAi },
      { name: `anthropic-${mode}`, input: anthropic },
      { name: `openai-relay-${mode}`, input: relay(openAi) },
      { name: `anthropic-relay-${mode}`, input: relay(anthropic) },
      { name: `compatible-${mode}`, input: compatible },
      { name: `openai-key-${mode}`, input: { ...openAi, apiKey: 'sk-proj-written-in' } },
      { name: `anthropic-key-${mode}`, input: { ...anthropic, apiKey: 'sk-ant-written-in' } },
      {
        name: `minimal-${mode}`,
        input: openAiDefaults({ model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream }),
      },
    );
  }
  nastyStrings.forEach((nasty, index) => {
    const request: ChatRequest = {
      model: `model ${nasty}`,
      system: nasty,
      messages: [
        { role: 'user', content: nasty },
        { role: 'assistant', content: nasty },
      ],
      stop: nasty === '' ? undefined : [nasty],
      temperature: 1.5,
      stream: index % 2 === 0,
    };
    const profile = {
      headers: { 'X-Nasty': nasty },
      baseUrl: `https://relay.example.com/v1?q=${nasty}`,
      defaultBaseUrl: false,
      proxyUrl: `http://user:${nasty}@127.0.0.1:7890`,
      keyEnvironmentVariable: `KEY ${nasty}`,
      apiKey: index % 3 === 0 ? nasty : undefined,
    };
    samples.push(
      { name: `nasty-openai-${index}`, input: { ...openAiDefaults(request), ...profile } },
      { name: `nasty-anthropic-${index}`, input: { ...anthropicDefaults(request), ...profile } },
    );
  });
  return samples;
}

/** Files in a new temporary directory, removed when the calling test finishes. */
export function writeTemporaryFiles(prefix: string, files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

/** The python3 on PATH, or undefined when there is none (the Python checks then skip). */
export function findPython(): string | undefined {
  const found = spawnSync('which', ['python3'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}
