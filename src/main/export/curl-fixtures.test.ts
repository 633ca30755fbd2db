import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ParsedCurl, parseCurl } from './curl-import.ts';
import { curlToDraft, recognizeEndpoint } from './curl-to-draft.ts';

// The vendors' own curl examples and DevTools' "Copy as cURL", as saved in fixtures/curl (each
// file says where it comes from), imported as a user would paste them.

const fixtureDirectory = join(import.meta.dirname, '../../../fixtures/curl');

function parsedFixture(name: string): ParsedCurl {
  const outcome = parseCurl(readFileSync(join(fixtureDirectory, name), 'utf8'));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.value;
}

function draftOf(name: string) {
  const outcome = curlToDraft(parsedFixture(name));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.value;
}

const openAiKeyNote =
  'the key is the environment variable OPENAI_API_KEY ("$OPENAI_API_KEY" in the command is not a key): ' +
  'add the key to the profile, or use one that reads OPENAI_API_KEY';
const anthropicKeyNote =
  'the key is the environment variable ANTHROPIC_API_KEY ("$ANTHROPIC_API_KEY" in the command is not a key): ' +
  'add the key to the profile, or use one that reads ANTHROPIC_API_KEY';

describe('importing the OpenAI API reference examples', () => {
  it.each([
    ['openai-chat-completions.sh', false],
    ['openai-chat-completions-streaming.sh', true],
  ])('%s', (file, stream) => {
    expect(draftOf(file)).toEqual({
      format: 'openai-chat',
      baseUrl: 'https://api.openai.com/v1',
      apiKeyVariable: 'OPENAI_API_KEY',
      headers: {},
      request: {
        model: 'VAR_chat_model_id',
        system: 'You are a helpful assistant.',
        messages: [{ role: 'user', content: 'Hello!' }],
        stream,
      },
      extraParameters: {},
      notes: [openAiKeyNote, 'message 1 (developer) is sent as the system prompt'],
    });
  });

  it('openai-list-models.sh: the endpoint and key variable, but no chat request to open', () => {
    const parsed = parsedFixture('openai-list-models.sh');
    expect(parsed.method).toBe('GET');
    expect(recognizeEndpoint(parsed)).toEqual({
      ok: true,
      value: {
        format: 'openai-chat',
        kind: 'models',
        baseUrl: 'https://api.openai.com/v1',
        apiKeyVariable: 'OPENAI_API_KEY',
        headers: {},
        notes: [openAiKeyNote],
      },
    });
    expect(curlToDraft(parsed)).toEqual({
      ok: false,
      problems: [
        'this command lists the models of https://api.openai.com/v1; it has no chat request to open. ' +
          'Its base URL and key can still make a profile',
      ],
    });
  });
});

describe('importing the Anthropic API reference examples', () => {
  it('anthropic-messages.sh (its --max-time is named, not carried over)', () => {
    expect(draftOf('anthropic-messages.sh')).toEqual({
      format: 'anthropic-messages',
      baseUrl: 'https://api.anthropic.com',
      apiKeyVariable: 'ANTHROPIC_API_KEY',
      headers: {},
      request: {
        model: 'claude-opus-4-6',
        messages: [{ role: 'user', content: 'Hello, world' }],
        maxTokens: 1024,
        stream: false,
      },
      extraParameters: {},
      notes: ['ignored: --max-time 600', anthropicKeyNote],
    });
  });

  it('anthropic-messages-streaming.sh', () => {
    expect(draftOf('anthropic-messages-streaming.sh')).toEqual({
      format: 'anthropic-messages',
      baseUrl: 'https://api.anthropic.com',
      apiKeyVariable: 'ANTHROPIC_API_KEY',
      headers: {},
      request: {
        model: 'claude-opus-4-8',
        messages: [{ role: 'user', content: 'Hello' }],
        maxTokens: 256,
        stream: true,
      },
      extraParameters: {},
      notes: [anthropicKeyNote],
    });
  });

  it('anthropic-list-models.sh: Anthropic from its headers, base URL without /v1', () => {
    expect(recognizeEndpoint(parsedFixture('anthropic-list-models.sh'))).toEqual({
      ok: true,
      value: {
        format: 'anthropic-messages',
        kind: 'models',
        baseUrl: 'https://api.anthropic.com',
        apiKeyVariable: 'ANTHROPIC_API_KEY',
        headers: {},
        notes: [anthropicKeyNote],
      },
    });
  });
});

describe('importing DevTools "Copy as cURL"', () => {
  const browserHeaders = {
    'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7',
    'http-referer': 'https://chat.example.com/',
    origin: 'https://chat.example.com',
    priority: 'u=1, i',
    referer: 'https://chat.example.com/',
    'sec-ch-ua': '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"',
    'sec-ch-ua-mobile': '?0',
    'sec-ch-ua-platform': '"Linux"',
    'sec-fetch-dest': 'empty',
    'sec-fetch-mode': 'cors',
    'sec-fetch-site': 'cross-site',
    'x-title': 'Example Chat',
  };
  const userAgentNote = 'the user-agent is left out: Promptwire sends its own';
  const headersNote = `extra headers (kept): ${Object.keys(browserHeaders).join(', ')}`;
  const key = 'sk-or-v1-5d2f0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0';

  it("bash, with its $'…' body: the key taken out of the headers, extra parameters kept", () => {
    expect(draftOf('chromium-copy-as-curl-bash.sh')).toEqual({
      format: 'openai-chat',
      baseUrl: 'https://openrouter.ai/api/v1',
      apiKey: key,
      headers: browserHeaders,
      request: {
        model: 'openai/gpt-4o-mini',
        system: "You are terse. Don't use markdown!",
        messages: [
          {
            role: 'user',
            content:
              'Translate "good morning" into 中文 and add one emoji 😀\nThen say: it costs $5 & is 100% done `now`',
          },
        ],
        temperature: 0.7,
        maxTokens: 256,
        stop: ['\n\n###'],
        stream: true,
      },
      extraParameters: { reasoning: { effort: 'low' } },
      notes: [userAgentNote, headersNote, 'extra parameters (kept): reasoning'],
    });
  });

  it('cmd, with its ^-escapes and %^', () => {
    expect(draftOf('chromium-copy-as-curl-cmd.txt')).toEqual({
      format: 'openai-chat',
      baseUrl: 'https://openrouter.ai/api/v1',
      apiKey: key,
      headers: browserHeaders,
      request: {
        model: 'openai/gpt-4o-mini',
        system: "You are terse. Don't use markdown!",
        messages: [
          {
            role: 'user',
            content: 'Translate "good morning" into 中文 (it costs $5 & is 100% done, %PATH% stays)',
          },
        ],
        temperature: 0.7,
        stream: true,
      },
      extraParameters: {},
      notes: ['read as a Windows cmd command', userAgentNote, headersNote],
    });
  });
});
