import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { readFixture } from '../providers/wire-fixtures.ts';
import { runCli } from './test-cli-process.ts';

let folder: string;
let vendor: LoopbackServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-send-preset-'));
  vendor = await startLoopbackServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.end(readFixture('wire/openai_chat_stream_usage.sse'));
  });
});

afterAll(async () => {
  await vendor.close();
  rmSync(folder, { recursive: true, force: true });
});

const run = (args: string[], dataDirectory: string, environment: NodeJS.ProcessEnv = {}) =>
  runCli(args, join(folder, dataDirectory), environment);

describe('promptwire send --provider with a preset id', () => {
  it('sends through a one-off profile of the preset, keyed from its variable', async () => {
    const result = await run(
      ['send', '--provider', 'deepseek', '--base-url', `${vendor.origin}/v1`, '--message', 'hi', '--json'],
      'preset',
      { DEEPSEEK_API_KEY: 'sk-deepseek-cli-key-2468' },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).finishReason).toBe('stop');
    const sent = vendor.received.at(-1);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sk-deepseek-cli-key-2468');
    expect(JSON.parse(sent?.body ?? '{}').model).toBe('deepseek-v4-flash');
  });

  it('names the preset’s variable when it is not set', async () => {
    const result = await run(['send', '--provider', 'gemini', '--message', 'hi'], 'missing');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No API key is set for Google Gemini.');
    expect(result.stderr).toContain('GEMINI_API_KEY');
  });

  it('says on stderr that an unreadable config.json was set aside, and still answers', async () => {
    const dataDirectory = join(folder, 'corrupt');
    await run(['profiles'], 'corrupt');
    writeFileSync(join(dataDirectory, 'config.json'), '{"schemaVersion": 2, "profiles": [');
    const result = await run(
      ['send', '--provider', 'mock', '--model', 'mock-fast', '--message', 'hi'],
      'corrupt',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Note: config\.json could not be read .* kept as .*config\.json\.corrupt-/,
    );
    expect(result.stdout).toContain('You wrote: "hi"');
  });
});

describe('promptwire profiles', () => {
  it('lists the profiles and the presets, as text and as JSON', async () => {
    const text = await run(['profiles'], 'listing', { OPENAI_API_KEY: 'sk-openai-listing-key-1357' });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^Profiles:\n {2}openai +OpenAI +https:\/\/api\.openai\.com\/v1 +key environment …1357\n/,
    );
    expect(text.stdout).toMatch(
      /\n {2}deepseek +DeepSeek +https:\/\/api\.deepseek\.com\/v1 +DEEPSEEK_API_KEY\n/,
    );
    expect(text.stdout).not.toContain('sk-openai-listing');

    const json = JSON.parse((await run(['profiles', '--json'], 'listing')).stdout);
    expect(json.profiles.map((profile: { id: string }) => profile.id)).toEqual([
      'openai',
      'anthropic',
      'compatible',
      'mock',
      'mock-anthropic',
    ]);
    expect(json.presets).toHaveLength(16);
  });
});
