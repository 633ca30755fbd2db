import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppSettings } from '../settings/app-settings.ts';
import { attemptFailedLine } from './attempt-lines.ts';
import { runCli } from './test-cli-process.ts';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-attempts-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const send = (extra: string[], dataDirectory: string) =>
  runCli(['send', '--provider', 'mock', '--model', 'mock-429-once', ...extra], join(folder, dataDirectory), {
    OPENAI_API_KEY: '',
  });

describe('promptwire send after a retried 429', () => {
  it('lists the attempts in --json and says on stderr why the answer was slow to start', async () => {
    const [json, text] = await Promise.all([
      send(['--message', 'retry me', '--json'], 'json'),
      send(['--message', 'retry me too'], 'text'),
    ]);

    expect(json.code).toBe(0);
    const output = JSON.parse(json.stdout);
    expect(output.status).toBe(200);
    expect(output.text).toContain('You wrote: "retry me"');
    expect(output.attempts).toEqual([
      {
        attempt: 1,
        status: 429,
        error: expect.stringMatching(/answered 429: Rate limit reached/),
        retryInMs: 1000,
      },
      { attempt: 2, status: 200, error: null, retryInMs: null },
    ]);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain('You wrote: "retry me too"');
    expect(text.stderr).toBe('attempt 1 failed: 429 rate limited — retrying in 1.0 s\n');
  });
});

describe('promptwire send with the settings saved in the window', () => {
  it('follows the saved retry policy: with no retries, the 429 is final', async () => {
    const saved = openAppSettings(join(folder, 'no-retries')).update({ retry: { maxRetries: 0 } });
    expect(saved.ok).toBe(true);
    const result = await send(['--message', 'do not retry me', '--json'], 'no-retries');
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.status).toBe(429);
    expect(output.attempts).toHaveLength(1);
    expect(result.stderr).toContain('Rate limited');
  });
});

describe('attempt lines', () => {
  it('names the failure shortly and the key a switch moves to', () => {
    const error = {
      code: 'http-error' as const,
      message: 'x',
      status: 401,
      hintKey: 'status-401-openai-key',
    };
    expect(attemptFailedLine({ attempt: 2, error, retryInMs: 0, nextKeyLastFour: 'abcd' })).toBe(
      'attempt 2 failed: 401 key rejected — retrying in 0.0 s with key …abcd',
    );
    const refused = { code: 'network-error' as const, message: 'x', hintKey: 'proxy-failure-refused' };
    expect(attemptFailedLine({ attempt: 1, error: refused, retryInMs: 1500 })).toBe(
      'attempt 1 failed: proxy failure — retrying in 1.5 s',
    );
  });
});
