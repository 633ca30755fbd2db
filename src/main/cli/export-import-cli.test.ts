import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer } from '../chat/loopback-test-server.ts';
import { projectRoot } from './project-root.ts';
import { runCli, runCliWithInput } from './test-cli-process.ts';

const bash = promisify(execFile);
const key = 'sk-proj-cliExport0123456789abcdefghWXYZ';
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-export-cli-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
const data = () => join(folder, 'data');

describe('promptwire export', () => {
  it('prints the exact curl for the mock, its body quoted for bash', async () => {
    const exported = await runCli(
      ['export', 'curl', '--provider', 'mock', '--message', "it's $HOME | 你好"],
      data(),
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^curl 'http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions' \\\n/);
    // The CLI's mock stops with the command, so the command is checked by its shape here and run
    // against a mock server of its own: `promptwire mock` on a fixed port would be flaky.
    expect(exported.stdout).toContain(
      `--data-raw '{"model":"mock-default","messages":[{"role":"user","content":"it'\\''s $HOME | 你好"}]`,
    );
    expect(exported.stderr).toContain('Local mock');
  });

  it('never writes the key unless --include-key, and then warns', async () => {
    const environment = { OPENAI_API_KEY: key };
    for (const format of ['curl', 'curl-cmd', 'curl-powershell', 'python', 'typescript', 'fetch']) {
      const plain = await runCli(
        ['export', format, '--provider', 'openai', '--message', 'hi'],
        data(),
        environment,
      );
      expect(plain.code).toBe(0);
      expect(plain.stdout).not.toContain(key);
    }
    const withKey = await runCli(
      ['export', 'python', '--provider', 'openai', '--message', 'hi', '--include-key'],
      data(),
      environment,
    );
    expect(withKey.stdout).toContain(key);
    expect(withKey.stdout).toContain('from openai import OpenAI');
    expect(withKey.stderr).toContain('Warning: the output contains your API key');
    // Run for real: bash expands the variable and the key reaches the server, byte for byte.
    const server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    try {
      const curl = await runCli(
        [
          'export',
          'curl',
          '--provider',
          'openai',
          '--base-url',
          `${server.origin}/v1`,
          '--message',
          'hi',
          '--no-stream',
        ],
        data(),
        environment,
      );
      expect(curl.stdout).toContain('-H "authorization: Bearer $OPENAI_API_KEY"');
      await bash('bash', ['-c', `${curl.stdout.trim()} -sS -o /dev/null`], {
        env: { PATH: process.env.PATH, OPENAI_API_KEY: key },
      });
      expect(server.received[0]?.headers.authorization).toBe(`Bearer ${key}`);
      expect(JSON.parse(server.received[0]?.body ?? '{}')).toMatchObject({
        model: 'gpt-4o-mini',
        stream: false,
      });
    } finally {
      await server.close();
    }
  });

  it('gives a curl that sends the very bytes `promptwire send` sends, headers included', async () => {
    const server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1 },
        }),
      );
    });
    try {
      const request = [
        '--provider',
        'openai',
        '--base-url',
        `${server.origin}/v1`,
        '--model',
        'gpt-4o',
        '--system',
        "Quote 'this' \\ `and` $HOME",
        '--message',
        '你好 😀 | ! "x"\nnext',
        '--no-stream',
        '--temperature',
        '0.3',
        '--max-tokens',
        '64',
        '--no-proxy',
      ];
      const environment = { OPENAI_API_KEY: key };
      const sent = await runCli(['send', ...request], data(), environment);
      expect(sent.code).toBe(0);
      const exported = await runCli(['export', 'curl', ...request], data(), environment);
      await bash('bash', ['-c', `${exported.stdout.trim()} -sS -o /dev/null`], {
        env: { PATH: process.env.PATH, OPENAI_API_KEY: key },
      });
      const [byPromptwire, byCurl] = server.received;
      expect(byCurl?.body).toBe(byPromptwire?.body);
      expect(byCurl?.path).toBe(byPromptwire?.path);
      // curl names itself and frames the body its own way; every other header must be the same.
      const own = new Set(['user-agent', 'host', 'content-length', 'connection', 'accept-encoding']);
      const comparable = (headers: Record<string, unknown> | undefined) =>
        Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !own.has(name)));
      expect(Object.keys(comparable(byPromptwire?.headers))).toEqual(
        expect.arrayContaining(['content-type', 'accept', 'authorization']),
      );
      expect(comparable(byCurl?.headers)).toEqual(comparable(byPromptwire?.headers));
      expect(byCurl?.headers.authorization).toBe(`Bearer ${key}`);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('says what is wrong with a bad format or a missing flag', async () => {
    const unknown = await runCli(['export', 'perl', '--provider', 'mock', '--message', 'hi'], data());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('use curl, curl-cmd, curl-powershell, python, typescript or fetch');
    const missing = await runCli(['export', 'curl', '--provider', 'mock'], data());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--message');
  });
});

describe('promptwire import curl', () => {
  it('reads the Anthropic reference example from stdin and prints the normalized request', async () => {
    const example = readFileSync(join(projectRoot, 'fixtures/curl/anthropic-messages.sh'), 'utf8');
    const imported = await runCliWithInput(['import', 'curl'], data(), example);
    expect(imported.code).toBe(0);
    const output = JSON.parse(imported.stdout);
    expect(output).toMatchObject({
      format: 'anthropic-messages',
      baseUrl: 'https://api.anthropic.com',
      request: { messages: [{ role: 'user', content: 'Hello, world' }], maxTokens: 1024 },
      key: { variable: 'ANTHROPIC_API_KEY' },
    });
  });

  it('masks a pasted key, keeps unknown fields, and explains a file body', async () => {
    const command = `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ${key}" --data-raw '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"seed":3}'`;
    const imported = await runCli(['import', 'curl', command], data());
    expect(imported.code).toBe(0);
    expect(imported.stdout).not.toContain(key);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      request: { extra: { seed: 3 } },
      key: { masked: expect.stringContaining('WXYZ') },
    });
    const file = await runCli(
      ['import', 'curl', 'curl https://api.openai.com/v1/chat/completions -d @body.json'],
      data(),
    );
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('cannot read local files from a paste');
  });
});
