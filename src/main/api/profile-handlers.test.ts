import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { MethodName, MethodOutput } from '../../shared/contract.ts';
import type { ProfileSummary } from '../../shared/profile-schemas.ts';
import type { Result } from '../../shared/result.ts';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { MOCK_MODELS } from '../mock/mock-behaviours.ts';
import type { CallContext } from './call-context.ts';
import { type Api, createApi } from './create-api.ts';

// presets.list, profiles.create/update/delete, models.fetch and app.info's notices, as the window
// calls them: through the contract's dispatch, with real files and real loopback servers.

let folder: string;
let api: Api | undefined;
let recorder: LoopbackServer;
let listAnswer: { status: number; contentType: string; body: string };
const events: StreamEvent[] = [];
const context: CallContext = {
  connectionId: 'test-window',
  emit: (name, payload) => {
    if (name === 'chat.event') events.push((payload as { event: StreamEvent }).event);
  },
};

beforeAll(async () => {
  recorder = await startLoopbackServer((_request, response) => {
    response.writeHead(listAnswer.status, { 'content-type': listAnswer.contentType });
    response.end(listAnswer.body);
  });
});

afterAll(async () => {
  await recorder.close();
});

afterEach(async () => {
  await api?.close();
  api = undefined;
  rmSync(folder, { recursive: true, force: true });
  events.length = 0;
});

function open(environment: NodeJS.ProcessEnv = {}, before?: (dataDirectory: string) => void): Api {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-profile-handlers-'));
  before?.(folder);
  api = createApi({ transport: 'browser', version: '0.0.0-test', dataDirectory: folder, environment });
  return api;
}

async function call<M extends MethodName>(method: M, payload: unknown): Promise<Result<MethodOutput<M>>> {
  if (!api) throw new Error('open() first');
  return (await api.call(method, payload, context)) as Result<MethodOutput<M>>;
}

async function value<M extends MethodName>(method: M, payload: unknown): Promise<MethodOutput<M>> {
  const result = await call(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function createFrom(presetId: string, name?: string): Promise<ProfileSummary> {
  return value('profiles.create', { presetId, ...(name && { name }) });
}

describe('presets and profiles over the contract', () => {
  it('lists the presets, creates a profile from one, and deletes it again', async () => {
    open();
    const presets = await value('presets.list', {});
    expect(presets.map((preset) => preset.id)).toContain('deepseek');
    expect(presets.find((preset) => preset.id === 'qwen')?.baseUrl).toBe(
      'https://dashscope.aliyuncs.com/compatible-mode/v1',
    );

    const kimi = await createFrom('moonshot', 'Kimi');
    expect(kimi).toMatchObject({ id: 'kimi', presetId: 'moonshot', baseUrl: 'https://api.moonshot.cn/v1' });
    expect((await value('profiles.list', {})).map((profile) => profile.id)).toContain('kimi');
    expect(await value('profiles.delete', { profileId: 'kimi' })).toEqual({ deleted: true });
    expect((await value('profiles.list', {})).map((profile) => profile.id)).not.toContain('kimi');
    expect(await call('profiles.delete', { profileId: 'mock' })).toMatchObject({
      ok: false,
      error: { hintKey: 'keep-built-in-profile' },
    });
  });

  it('lets a running chat finish when its profile is deleted meanwhile', async () => {
    open();
    const slow = await createFrom('mock', 'Slow mock');
    await value('profiles.update', { profileId: slow.id, headers: { 'x-mock-tokens-per-second': '40' } });
    await value('chat.start', {
      requestId: 'r1',
      profileId: slow.id,
      request: { model: 'mock-default', messages: [{ role: 'user', content: 'hi' }], stream: true },
    });
    await waitFor(() => events.some((event) => event.type === 'text-delta'));
    expect(await value('profiles.delete', { profileId: slow.id })).toEqual({ deleted: true });
    await waitFor(() => events.some((event) => event.type === 'stream-end' || event.type === 'stream-error'));
    expect(events.at(-1)?.type).toBe('stream-end');
  });
});

describe('models.fetch', () => {
  const mockNames = MOCK_MODELS.map((model) => model.name).sort((left, right) => left.localeCompare(right));

  it.each(['mock', 'mock-anthropic'])(
    'lists the built-in mock’s models for %s, sorted',
    async (profileId) => {
      open();
      expect(await value('models.fetch', { profileId })).toEqual({ models: mockNames });
    },
  );

  it('asks an OpenAI-format endpoint with the bearer key and the profile’s headers', async () => {
    open({ DEEPSEEK_API_KEY: 'sk-deepseek-env-key-4321' });
    listAnswer = {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        object: 'list',
        data: [{ id: 'deepseek-v4-pro' }, { id: 'deepseek-v4-flash' }],
      }),
    };
    const deepseek = await createFrom('deepseek');
    await value('profiles.update', {
      profileId: deepseek.id,
      baseUrl: `${recorder.origin}/v1`,
      headers: { 'X-Title': 'Promptwire' },
    });
    expect(await value('models.fetch', { profileId: deepseek.id })).toEqual({
      models: ['deepseek-v4-flash', 'deepseek-v4-pro'],
    });
    const sent = recorder.received.at(-1);
    expect(sent?.method).toBe('GET');
    expect(sent?.path).toBe('/v1/models');
    expect(sent?.headers.authorization).toBe('Bearer sk-deepseek-env-key-4321');
    expect(sent?.headers['x-title']).toBe('Promptwire');
  });

  it('asks an Anthropic-format endpoint at /v1/models with x-api-key and anthropic-version', async () => {
    open({ ANTHROPIC_API_KEY: 'sk-ant-env-key-000000zz' });
    listAnswer = {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: [{ type: 'model', id: 'claude-sonnet-4-5' }], has_more: false }),
    };
    await value('profiles.update', { profileId: 'anthropic', baseUrl: recorder.origin });
    expect(await value('models.fetch', { profileId: 'anthropic' })).toEqual({
      models: ['claude-sonnet-4-5'],
    });
    const sent = recorder.received.at(-1);
    expect(sent?.path).toBe('/v1/models?limit=1000');
    expect(sent?.headers['x-api-key']).toBe('sk-ant-env-key-000000zz');
    expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent?.headers.authorization).toBeUndefined();
  });

  it('classifies failures as a chat’s: a rejected key, a missing key, an answer that is no list', async () => {
    open();
    const rejected = await createFrom('mock', 'Rejecting mock');
    await value('profiles.update', { profileId: rejected.id, headers: { 'x-mock-fault': 'mock-error-401' } });
    expect(await call('models.fetch', { profileId: rejected.id })).toMatchObject({
      ok: false,
      error: { code: 'http-error', status: 401, hintKey: 'status-401' },
    });

    expect(await call('models.fetch', { profileId: 'openai' })).toMatchObject({
      ok: false,
      error: { code: 'missing-key', hintKey: 'set-key' },
    });

    listAnswer = { status: 200, contentType: 'text/html', body: '<html>Welcome to the relay</html>' };
    await value('profiles.update', { profileId: 'compatible', baseUrl: `${recorder.origin}/v1` });
    expect(await call('models.fetch', { profileId: 'compatible' })).toMatchObject({
      ok: false,
      error: { code: 'http-error', hintKey: 'models-list-unreadable' },
    });
  });
});

describe('app.info', () => {
  it('has no notices for a healthy settings file', async () => {
    open();
    expect(await value('app.info', {})).not.toHaveProperty('notices');
  });

  it('tells the window that config.json was unreadable and where the old file is', async () => {
    open({}, (dataDirectory) => writeFileSync(join(dataDirectory, 'config.json'), '{"profiles": {'));
    const info = await value('app.info', {});
    expect(info.notices).toEqual([expect.stringContaining('config.json.corrupt-')]);
    // Defaults in place, and the app goes on.
    expect((await value('profiles.list', {})).map((profile) => profile.id)).toContain('openai');
  });
});

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
