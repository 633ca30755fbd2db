import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './project-root.ts';

const node = join(projectRoot, 'node_modules', '.bin', 'node');
const bin = join(projectRoot, 'bin', 'promptwire.mjs');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-cli-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function start(args: string[]): ChildProcess {
  return spawn(node, [bin, ...args], {
    cwd: projectRoot,
    // No real keys or relays from the developer's shell may leak into these runs.
    env: { PATH: process.env.PATH, PROMPTWIRE_DATA_DIR: join(folder, 'data'), OPENAI_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): { output: () => Finished; finished: Promise<Finished> } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const output = () => ({ code: child.exitCode, stdout, stderr });
  const finished = new Promise<Finished>((resolve) => {
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { output, finished };
}

function run(args: string[]): Promise<Finished> {
  return collect(start(args)).finished;
}

async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('promptwire send', () => {
  it('prints one JSON object for a mock answer', async () => {
    const result = await run([
      'send',
      '--provider',
      'mock',
      '--model',
      'mock-fast',
      '--message',
      'hi',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.text).toContain('You wrote: "hi"');
    expect(output.finishReason).toBe('stop');
    expect(output.status).toBe(200);
    expect(output.usage.inputTokens).toBeGreaterThan(0);
    expect(output.usage.outputTokens).toBeGreaterThan(0);
    expect(output.timings.firstTokenMs).toBeGreaterThanOrEqual(0);
    expect(output.timings.totalMs).toBeGreaterThanOrEqual(output.timings.firstTokenMs);
    expect(output.error).toBeUndefined();
  });

  it('streams the answer text for the Anthropic-format mock', async () => {
    const result = await run([
      'send',
      '--provider',
      'mock-anthropic',
      '--model',
      'mock-fast',
      '--message',
      'hello',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('You wrote: "hello"');
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  it('exits 1 with the status, the vendor message and the fix for a 401', async () => {
    const result = await run(['send', '--provider', 'mock', '--model', 'mock-error-401', '--message', 'hi']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('answered 401');
    expect(result.stderr).toContain('Status: 401');
    expect(result.stderr).toContain('Incorrect API key provided');
    expect(result.stderr).toContain('Fix: The API key was rejected.');
  });

  it('asks for a key by its variable when a vendor needs one', async () => {
    const result = await run(['send', '--provider', 'openai', '--message', 'hi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No API key is set for OpenAI.');
    expect(result.stderr).toContain('OPENAI_API_KEY');
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--max-tokens', 'many'], '--max-tokens must be a whole number greater than 0, got "many"'],
    [['--max-tokens', '1.5'], '--max-tokens must be a whole number'],
    [['--temperature', '3'], '--temperature must be a number from 0 to 2, got "3"'],
    [['--provider', 'nowhere'], 'There is no provider profile "nowhere". Choose one of: openai'],
    [['--base-url', 'ftp://example.com'], 'The base URL "ftp://example.com" is not a valid http(s) URL.'],
  ])('rejects %j with a clear message', async (extra, message) => {
    const result = await run(['send', '--provider', 'mock', '--message', 'hi', ...extra]);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(extra[0] === '--base-url' ? 1 : 2);
  });

  it('requires a message', async () => {
    const result = await run(['send', '--provider', 'mock']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--message is required.');
  });

  it('stops cleanly on Ctrl-C', async () => {
    const child = start(['send', '--provider', 'mock', '--model', 'mock-slow', '--message', 'hi']);
    const { output, finished } = collect(child);
    await waitUntil(() => output().stdout.length > 0);
    child.kill('SIGINT');
    const result = await finished;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Stopped.');
    expect(result.stdout.length).toBeLessThan(100);
  });
});

describe('promptwire', () => {
  it('lists the commands with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['send', 'mock', 'web']) expect(result.stdout).toContain(`  ${command} `);
  });

  it('refuses an unknown command with exit code 2', async () => {
    const result = await run(['launch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "launch"');
  });

  it.each(['send', 'web', 'mock'])('has help for %s', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`promptwire ${command}`);
  });
});

describe('promptwire web', () => {
  it('prints the ready line, serves the page with its token, and stops on SIGTERM', async () => {
    const renderer = join(folder, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>CLI test</title>');
    const child = start(['web', '--port', '0', '--renderer-dir', renderer]);
    const { output, finished } = collect(child);
    await waitUntil(() => output().stdout.includes('\n'));
    const match = /^Promptwire ready at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))\n$/.exec(
      output().stdout,
    );
    expect(match).not.toBeNull();
    const [, url = '', port = ''] = match ?? [];

    const page = await request(url);
    expect(page.statusCode).toBe(200);
    expect(await page.body.text()).toContain('CLI test');
    const refused = await request(`http://127.0.0.1:${port}/`);
    expect(refused.statusCode).toBe(403);
    await refused.body.dump();

    child.kill('SIGTERM');
    expect((await finished).code).toBe(0);
  });

  it('refuses a bad port', async () => {
    const result = await run(['web', '--port', '70000']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number from 0 to 65535');
  });
});
