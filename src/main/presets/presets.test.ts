import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { runChat } from '../chat/run-chat.ts';
import { createKeyStore } from '../profiles/key-store.ts';
import { createMockEndpoint, type MockEndpoint } from '../profiles/mock-endpoint.ts';
import { createProfileService, type ProfileService } from '../profiles/profile-service.ts';
import { openProfileSettings } from '../profiles/profile-settings.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { listPresets } from './find-preset.ts';
import { inProcessMockLabel } from './preset-table.ts';

// What each vendor's documentation gives, written out here rather than read from the table, so a
// changed constant fails this test instead of passing along with it.
const expected: Record<
  string,
  { baseUrl: string; chatPath: string; keyVariable?: string; keyRequired: boolean }
> = {
  openai: {
    baseUrl: 'https://api.openai.com/v1',
    chatPath: '/v1/chat/completions',
    keyVariable: 'OPENAI_API_KEY',
    keyRequired: true,
  },
  anthropic: {
    baseUrl: 'https://api.anthropic.com',
    chatPath: '/v1/messages',
    keyVariable: 'ANTHROPIC_API_KEY',
    keyRequired: true,
  },
  deepseek: {
    baseUrl: 'https://api.deepseek.com/v1',
    chatPath: '/v1/chat/completions',
    keyVariable: 'DEEPSEEK_API_KEY',
    keyRequired: true,
  },
  gemini: {
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
    chatPath: '/v1beta/openai/chat/completions',
    keyVariable: 'GEMINI_API_KEY',
    keyRequired: true,
  },
  qwen: {
    baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    chatPath: '/compatible-mode/v1/chat/completions',
    keyVariable: 'DASHSCOPE_API_KEY',
    keyRequired: true,
  },
  moonshot: {
    baseUrl: 'https://api.moonshot.cn/v1',
    chatPath: '/v1/chat/completions',
    keyVariable: 'MOONSHOT_API_KEY',
    keyRequired: true,
  },
  zhipu: {
    baseUrl: 'https://open.bigmodel.cn/api/paas/v4',
    chatPath: '/api/paas/v4/chat/completions',
    keyVariable: 'ZHIPUAI_API_KEY',
    keyRequired: true,
  },
  openrouter: {
    baseUrl: 'https://openrouter.ai/api/v1',
    chatPath: '/api/v1/chat/completions',
    keyVariable: 'OPENROUTER_API_KEY',
    keyRequired: true,
  },
  groq: {
    baseUrl: 'https://api.groq.com/openai/v1',
    chatPath: '/openai/v1/chat/completions',
    keyVariable: 'GROQ_API_KEY',
    keyRequired: true,
  },
  together: {
    baseUrl: 'https://api.together.ai/v1',
    chatPath: '/v1/chat/completions',
    keyVariable: 'TOGETHER_API_KEY',
    keyRequired: true,
  },
  mistral: {
    baseUrl: 'https://api.mistral.ai/v1',
    chatPath: '/v1/chat/completions',
    keyVariable: 'MISTRAL_API_KEY',
    keyRequired: true,
  },
  ollama: { baseUrl: 'http://127.0.0.1:11434/v1', chatPath: '/v1/chat/completions', keyRequired: false },
  'lm-studio': { baseUrl: 'http://127.0.0.1:1234/v1', chatPath: '/v1/chat/completions', keyRequired: false },
  mock: { baseUrl: inProcessMockLabel, chatPath: '/v1/chat/completions', keyRequired: false },
  'mock-anthropic': { baseUrl: inProcessMockLabel, chatPath: '/v1/messages', keyRequired: false },
  // The relay's address is the user's to enter; its example keeps the OpenAI /v1 shape.
  custom: { baseUrl: '', chatPath: '/v1/chat/completions', keyRequired: false },
};

describe('the preset table', () => {
  it('has exactly the expected presets, with the base URL and key variable each vendor documents', () => {
    const presets = listPresets();
    expect(presets.map((preset) => preset.id).sort()).toEqual(Object.keys(expected).sort());
    for (const preset of presets) {
      const wanted = expected[preset.id];
      expect({ id: preset.id, baseUrl: preset.baseUrl, key: preset.keyEnvironmentVariable }).toEqual({
        id: preset.id,
        baseUrl: wanted?.baseUrl,
        key: wanted?.keyVariable,
      });
      expect(preset.keyRequired, preset.id).toBe(wanted?.keyRequired);
      expect(preset.models, preset.id).toContain(preset.defaultModel);
    }
  });

  it('keeps /v1 off Anthropic-format base URLs and on the OpenAI-format ones of OpenAI itself', () => {
    const byId = Object.fromEntries(listPresets().map((preset) => [preset.id, preset]));
    expect(byId.anthropic?.baseUrl.endsWith('/v1')).toBe(false);
    expect(byId.anthropic?.format).toBe('anthropic-messages');
    expect(byId.openai?.format).toBe('openai-chat');
    expect(byId.deepseek?.format).toBe('openai-compatible');
  });
});

let dataDirectory: string;
let mock: MockEndpoint;
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    const anthropic = request.path.endsWith('/v1/messages');
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.end(
      readFixture(anthropic ? 'wire/anthropic_stream_basic.sse' : 'wire/openai_chat_stream_usage.sse'),
    );
  });
});

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  await mock?.close();
  if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
});

function service(): ProfileService {
  dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-presets-'));
  mock = createMockEndpoint();
  return createProfileService({
    settings: openProfileSettings(dataDirectory),
    keys: createKeyStore({}),
    mock,
    environment: {},
  });
}

/** The preset's base URL with its host swapped for the recording server, path kept. */
function loopbackBaseUrl(presetId: string, baseUrl: string): string {
  const path = presetId === 'custom' ? '/v1' : baseUrl.startsWith('http') ? new URL(baseUrl).pathname : '';
  const fromMock = presetId === 'mock' ? '/v1' : '';
  return `${server.origin}${path === '/' ? '' : path}${fromMock}`;
}

describe.each(Object.keys(expected))('a profile made from the %s preset', (presetId) => {
  it('sends the chat to the path, with the auth headers and body shape, the vendor expects', async () => {
    const profiles = service();
    const created = profiles.create({ presetId });
    if (!created.ok) throw new Error(created.error.message);
    const profile = created.value;
    const updated = profiles.update({
      profileId: profile.id,
      baseUrl: loopbackBaseUrl(presetId, profile.baseUrl),
    });
    expect(updated.ok).toBe(true);
    const key = 'sk-test-key-for-presets-0123';
    expect(profiles.setKey(profile.id, key).ok).toBe(true);

    const resolved = await profiles.resolveTarget(profile.id);
    if (!resolved.ok) throw new Error(resolved.error.message);
    const events: StreamEvent[] = [];
    const before = server.received.length;
    await runChat({
      target: resolved.value.target,
      keys: resolved.value.keys,
      request: {
        model: profile.defaultModel,
        system: 'Answer in one word.',
        messages: [{ role: 'user', content: 'Hi' }],
        maxTokens: 64,
        stream: true,
      },
      signal: new AbortController().signal,
      emit: (event) => events.push(event),
    });
    expect(events.at(-1)?.type).toBe('stream-end');
    expect(server.received.length).toBe(before + 1);
    const sent = server.received.at(-1);
    const body = JSON.parse(sent?.body ?? '{}');
    expect(sent?.path).toBe(expected[presetId]?.chatPath);
    expect(body.model).toBe(profile.defaultModel);
    expect(body.max_tokens).toBe(64);
    if (profile.format === 'anthropic-messages') {
      expect(sent?.headers['x-api-key']).toBe(key);
      expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
      expect(sent?.headers.authorization).toBeUndefined();
      expect(body.system).toBe('Answer in one word.');
      expect(body.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    } else {
      expect(sent?.headers.authorization).toBe(`Bearer ${key}`);
      expect(sent?.headers['x-api-key']).toBeUndefined();
      expect(body.system).toBeUndefined();
      expect(body.messages).toEqual([
        { role: 'system', content: 'Answer in one word.' },
        { role: 'user', content: 'Hi' },
      ]);
    }
  });
});
