import { spawn, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LoopbackServer,
  type ReceivedRequest,
  startLoopbackServer,
} from '../chat/loopback-test-server.ts';
import { startHttpTestProxy } from '../net/proxy/test-support/http-test-proxy.ts';
import { startSocks5TestProxy } from '../net/proxy/test-support/socks5-test-proxy.ts';
import { startTlsTestEndpoint, testCaFile } from '../net/proxy/test-support/tls-test-endpoint.ts';
import { type CurlExportInput, exportCurl } from './curl-export.ts';
import { parseCurl } from './curl-import.ts';
import { buildPlan, chatRequest, nastyPieces, nastyText, target } from './curl-test-arbitraries.ts';

// The exported command run as a user runs it: pasted into real bash, sent by the real curl to a
// real server on 127.0.0.1 (through real proxies and TLS where the command says so). The server
// must receive exactly the plan's body and headers.

const available = (program: string) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0;
const missing = ['bash', 'curl'].filter((program) => !available(program));
const needsBashAndCurl = it.skipIf(missing.length > 0);
const needsBash = it.skipIf(missing.includes('bash'));
const skipReason = missing.length > 0 ? ` (skipped: ${missing.join(' and ')} not installed)` : '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBash(script: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

// -sS keeps curl's progress meter out of stderr; it is added by the test, not by the export.
const quietly = (command: string) => command.replace(/^curl /, 'curl -sS ');

const sseAnswer = 'event: message\ndata: {"text":"你好 😀"}\n\ndata: [DONE]\n\n';
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.headers.accept === 'text/event-stream') {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(sseAnswer);
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    }
  });
});
afterAll(() => server.close());

/** curl adds these itself when the command does not set them; anything else must come from the plan. */
const curlOwnHeaders = new Set(['host', 'user-agent', 'content-length', 'expect']);

function expectReceivedExactly(
  received: ReceivedRequest | undefined,
  input: CurlExportInput,
  path: string,
  addedOnTheWay: string[] = [],
): void {
  expect(received?.method).toBe(input.method);
  expect(received?.path).toBe(path);
  expect(received?.body).toBe(input.body);
  for (const [name, value] of Object.entries(input.headers)) expect(received?.headers[name]).toBe(value);
  const added = Object.keys(received?.headers ?? {}).filter((name) => !(name in input.headers));
  expect(added.filter((name) => !curlOwnHeaders.has(name) && !addedOnTheWay.includes(name))).toEqual([]);
}

describe(`an exported bash command run by bash and curl${skipReason}`, () => {
  needsBashAndCurl('sends the body and every header of generated nasty requests byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(target(true), chatRequest, async (provider, request) => {
        const origin = provider.format === 'openai-chat' ? `${server.origin}/v1` : `${server.origin}/relay`;
        const plan = buildPlan({ ...provider, baseUrl: origin }, request);
        const input = { ...plan, stream: request.stream };
        const before = server.received.length;

        const run = await runBash(quietly(exportCurl(input, 'bash')));

        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(request.stream ? sseAnswer : '{"ok":true}');
        const path = provider.format === 'openai-chat' ? '/v1/chat/completions' : '/relay/v1/messages';
        expectReceivedExactly(server.received[before], input, path);
      }),
      { numRuns: 20 },
    );
  });

  needsBash('hands curl the same words the importer reads, for any text', async () => {
    // A shell function named curl prints its arguments, NUL-separated, instead of sending anything.
    const printArguments = `curl() { printf '%s\\0' "$@"; }\n`;
    await fc.assert(
      fc.asyncProperty(nastyText, nastyText, async (header, body) => {
        const input: CurlExportInput = {
          method: 'POST',
          url: 'https://api.example.com/v1/chat/completions',
          headers: { 'x-text': header.replace(/[\r\n\0]/g, '').trim() || 'x' },
          body: body.replace(/\0/g, ''),
          stream: true,
        };
        const command = exportCurl(input, 'bash');
        const run = await runBash(printArguments + command);
        const parsed = parseCurl(command);
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        const words = run.stdout.split('\0').slice(0, -1);
        expect(words).toEqual([
          input.url,
          '-H',
          `x-text: ${input.headers['x-text']}`,
          '--data-raw',
          input.body,
          '-N',
        ]);
        expect(parsed.value.body).toBe(input.body);
      }),
      { numRuns: 40, examples: [[nastyPieces.join(''), nastyPieces.join('\n')]] },
    );
  });

  needsBashAndCurl('sends through an HTTP proxy with its credentials', async () => {
    const proxy = await startHttpTestProxy({ credentials: { username: 'user', password: 'p@ss:word' } });
    try {
      const input: CurlExportInput = {
        method: 'POST',
        url: `${server.origin}/v1/chat/completions`,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: '{"model":"m","messages":[{"role":"user","content":"hi"}],"stream":false}',
        stream: false,
        proxy: { url: `http://user:p%40ss%3Aword@127.0.0.1:${proxy.port}` },
      };
      const run = await runBash(quietly(exportCurl(input, 'bash')));
      expect(run.stdout).toBe('{"ok":true}');
      expect(proxy.forwarded).toEqual([input.url]);
      expect(proxy.authorizations).toEqual(['user:p@ss:word']);
      // The test proxy forwards with Node's http client, which adds its own connection header.
      expectReceivedExactly(server.received.at(-1), input, '/v1/chat/completions', ['connection']);
    } finally {
      await proxy.close();
    }
  });

  needsBashAndCurl('sends through SOCKS5 with the host name resolved by the proxy', async () => {
    const proxy = await startSocks5TestProxy({ credentials: { username: 'us@er', password: 'p:ss' } });
    try {
      const port = new URL(server.origin).port;
      const input: CurlExportInput = {
        method: 'POST',
        url: `http://localhost:${port}/v1/chat/completions`,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: '{"stream":true}',
        stream: true,
        proxy: { url: `socks5://us%40er:p%3Ass@127.0.0.1:${proxy.port}` },
      };
      const run = await runBash(quietly(exportCurl(input, 'bash')));
      expect(run.stdout).toBe(sseAnswer);
      expect(proxy.logins).toEqual([{ username: 'us@er', password: 'p:ss', accepted: true }]);
      expect(proxy.connects).toEqual([{ addressType: 'domain', address: 'localhost', port: Number(port) }]);
      expectReceivedExactly(server.received.at(-1), input, '/v1/chat/completions');
    } finally {
      await proxy.close();
    }
  });

  needsBashAndCurl('trusts the CA file it is given, and skips verification with -k', async () => {
    const trusted = await startTlsTestEndpoint({ targetPort: Number(new URL(server.origin).port) });
    const selfSigned = await startTlsTestEndpoint({
      targetPort: Number(new URL(server.origin).port),
      certificate: 'self-signed',
    });
    try {
      const request = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        stream: false,
      };
      const withCa = await runBash(
        quietly(exportCurl({ ...request, url: `${trusted.url}/v1/models`, caFile: testCaFile }, 'bash')),
      );
      expect(withCa.stdout).toBe('{"ok":true}');
      const refused = await runBash(
        quietly(exportCurl({ ...request, url: `${selfSigned.url}/v1/models` }, 'bash')),
      );
      expect(refused.code).toBe(60);
      const insecure = await runBash(
        quietly(exportCurl({ ...request, url: `${selfSigned.url}/v1/models`, insecure: true }, 'bash')),
      );
      expect(insecure.stdout).toBe('{"ok":true}');
    } finally {
      await trusted.close();
      await selfSigned.close();
    }
  });
});
