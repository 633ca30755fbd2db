import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import { type LoopbackServer, startLoopbackServer } from '../chat/loopback-test-server.ts';
import { openProfiles } from '../profiles/open-profiles.ts';
import { runCli, startCli } from './test-cli-process.ts';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-compare-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

// No key from the developer's shell may reach a run; each test has a data directory of its own.
const run = (args: string[], dataDirectory: string, environment: NodeJS.ProcessEnv = {}) =>
  runCli(args, join(folder, dataDirectory), { OPENAI_API_KEY: '', ...environment });

const targets = (...labels: string[]) => labels.flatMap((label) => ['--target', label]);

/** Saves a price table on the mock profile, as the window's profile editor does. */
async function priceMock(dataDirectory: string, prices: Record<string, [input: number, output: number]>) {
  const opened = openProfiles({ dataDirectory: join(folder, dataDirectory), environment: {} });
  const updated = opened.profiles.update({
    profileId: 'mock',
    prices: Object.fromEntries(
      Object.entries(prices).map(([model, [input, output]]) => [
        model,
        { inputPerMillion: input, outputPerMillion: output },
      ]),
    ),
  });
  await opened.close();
  expect(updated.ok).toBe(true);
}

interface TargetJson {
  target: string;
  profileId: string;
  model: string;
  text: string;
  finishReason: string | null;
  usage: { inputTokens: number | null; outputTokens: number | null };
  timings: { firstTokenMs: number | null; totalMs: number | null };
  tokensPerSecond: number | null;
  costUsd: number | null;
  attempts: { attempt: number; status: number | null; error: string | null }[];
  error: { code: string; message: string } | null;
  historyId: string | null;
}

async function historyOf(dataDirectory: string): Promise<HistorySummary[]> {
  const listed = await run(['history', 'list', '--json'], dataDirectory);
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as { entries: HistorySummary[] }).entries;
}

// Each test has its own data directory, so they run at once; the slow mock sets the pace.
describe.concurrent('promptwire compare against the mock', () => {
  it('runs four targets side by side; the failing one fails alone, and all are kept in the history', async () => {
    // A million dollars per million tokens makes the cost the token counts themselves.
    await priceMock('four', { 'mock-fast': [1_000_000, 2_000_000] });
    const result = await run(
      [
        'compare',
        ...targets('mock:mock-fast', 'mock:mock-slow', 'mock:mock-stream-error', 'mock:mock-429-once'),
        '--message',
        'Compare herons',
        '--json',
      ],
      'four',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('1 of 4 targets failed: mock:mock-stream-error.\n');
    const output = JSON.parse(result.stdout) as { comparisonId: string; targets: TargetJson[] };
    expect(output.comparisonId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(output.targets.map((target) => [target.target, target.profileId, target.model])).toEqual([
      ['mock:mock-fast', 'mock', 'mock-fast'],
      ['mock:mock-slow', 'mock', 'mock-slow'],
      ['mock:mock-stream-error', 'mock', 'mock-stream-error'],
      ['mock:mock-429-once', 'mock', 'mock-429-once'],
    ]);
    const [fast, slow, broken, retried] = output.targets as [TargetJson, TargetJson, TargetJson, TargetJson];

    expect(fast.text).toContain('You wrote: "Compare herons"');
    expect(fast).toMatchObject({
      finishReason: 'stop',
      error: null,
      attempts: [{ attempt: 1, status: 200 }],
    });
    const { inputTokens, outputTokens } = fast.usage as { inputTokens: number; outputTokens: number };
    expect(outputTokens).toBeGreaterThan(0);
    expect(fast.costUsd).toBeCloseTo(inputTokens + 2 * outputTokens);

    // The mock answers the same words whatever the pace or the fault.
    expect(slow).toMatchObject({ text: fast.text, finishReason: 'stop', error: null, costUsd: null });
    expect(slow.timings.totalMs).toBeGreaterThan((fast.timings.totalMs ?? 0) + 5_000);
    expect(slow.tokensPerSecond).toBeGreaterThan(2);
    expect(slow.tokensPerSecond).toBeLessThan(8);

    expect(broken.error).toMatchObject({ code: 'stream-error' });
    expect(broken.finishReason).toBeNull();
    expect(broken.text.length).toBeGreaterThan(0);
    expect(fast.text.startsWith(broken.text)).toBe(true);
    expect(broken.text.length).toBeLessThan(fast.text.length);

    expect(retried).toMatchObject({ text: fast.text, finishReason: 'stop', error: null });
    expect(retried.attempts).toEqual([
      expect.objectContaining({ attempt: 1, status: 429, error: expect.stringContaining('429') }),
      expect.objectContaining({ attempt: 2, status: 200, error: null }),
    ]);

    const historyIds = output.targets.map((target) => target.historyId);
    for (const id of historyIds) expect(id).toEqual(expect.any(String));
    expect(new Set(historyIds).size).toBe(4);
    const kept = await historyOf('four');
    expect(kept).toHaveLength(4);
    const byId = new Map(kept.map((entry) => [entry.id, entry]));
    expect(historyIds.map((id) => byId.get(id ?? ''))).toEqual([
      expect.objectContaining({ source: 'comparison', comparisonId: output.comparisonId, status: 'done' }),
      expect.objectContaining({ source: 'comparison', comparisonId: output.comparisonId, status: 'done' }),
      expect.objectContaining({ source: 'comparison', comparisonId: output.comparisonId, status: 'failed' }),
      expect.objectContaining({ source: 'comparison', comparisonId: output.comparisonId, status: 'done' }),
    ]);
    // The targets ran at once: one after another, the third would have waited for the slow one.
    const startTimes = kept.map((entry) => entry.startedAt);
    expect(Math.max(...startTimes) - Math.min(...startTimes)).toBeLessThan(1_000);
    const shown = await run(['history', 'show', fast.historyId ?? '', '--json'], 'four');
    expect(JSON.parse(shown.stdout)).toMatchObject({ text: fast.text, costUsd: fast.costUsd });
  }, 40_000);

  it('prints a table with the fastest and the cheapest marked, then each answer under its heading', async () => {
    await priceMock('table', { 'mock-fast': [1_000_000, 2_000_000], 'mock-429-once': [1, 1] });
    const result = await run(
      [
        'compare',
        ...targets('mock:mock-fast', 'mock:mock-429-once', 'mock:mock-error-401'),
        '--message',
        'Compare kingfishers',
      ],
      'table',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'mock:mock-429-once: attempt 1 failed: 429 rate limited — retrying in 1.0 s\n' +
        '1 of 3 targets failed: mock:mock-error-401.\n',
    );
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^TARGET +STATUS +FIRST TOKEN +TOTAL +IN +OUT +TOKENS\/S +COST +FINISH +ATTEMPTS$/,
    );
    // Cost from the saved prices: 8 input and 77 output tokens at $1M and $2M per million.
    expect(lines[1]).toMatch(
      /^mock:mock-fast +ok +\d+\.\d\d s +\d+\.\d\d s +\d+ +\d+ +[\d.]+ +\$\d+\.\d\d +stop +1 +fastest$/,
    );
    expect(lines[2]).toMatch(
      /^mock:mock-429-once +ok +\d+\.\d\d s +\d+\.\d\d s +\d+ +\d+ +[\d.]+ +\$0\.0000\d+ +stop +2 +cheapest$/,
    );
    // Failing at once is not being fast: a failed target gets no mark.
    expect(lines[3]).toMatch(/^mock:mock-error-401 +401 key rejected +- +\d+\.\d\d s +- +- +- +- +- +1$/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toMatch(/^Comparison [0-9a-f-]{36}: 2 of 3 answered\.$/);

    const answers = result.stdout.split('\n\n## ').slice(1);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatch(/^mock:mock-fast\nHi! .*You wrote: "Compare kingfishers"/);
    expect(answers[1]).toMatch(/^mock:mock-429-once\nHi! .*You wrote: "Compare kingfishers"/);
    expect(answers[2]).toMatch(/^mock:mock-error-401 — 401 key rejected\nError: .*401/);
  }, 30_000);

  it('runs the others when a target cannot be sent at all, and says why that one failed', async () => {
    const result = await run(
      ['compare', ...targets('gemini:gemini-2.5-flash', 'mock:mock-fast'), '--message', 'hi', '--json'],
      'no-key',
    );
    expect(result.code).toBe(1);
    const [gemini, mock] = (JSON.parse(result.stdout) as { targets: TargetJson[] }).targets as [
      TargetJson,
      TargetJson,
    ];
    expect(gemini).toMatchObject({ profileId: 'gemini', text: '', historyId: null, attempts: [] });
    expect(gemini.error).toMatchObject({ code: 'missing-key' });
    expect(gemini.error?.message).toContain('Google Gemini');
    expect(mock).toMatchObject({ error: null, finishReason: 'stop' });
    expect((await historyOf('no-key')).map((entry) => entry.id)).toEqual([mock.historyId]);
  }, 20_000);
});

describe('promptwire compare, stopped', () => {
  let vendor: LoopbackServer;
  let requestArrived: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    requestArrived = resolve;
  });

  beforeAll(async () => {
    // A vendor that starts its answer and then says nothing more, until the client hangs up.
    vendor = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: {"choices":[{"index":0,"delta":{"content":"Thinking"}}]}\n\n');
      requestArrived();
    });
  });

  afterAll(async () => {
    await vendor.close();
  });

  it('stops every target on Ctrl-C and keeps each as cancelled', async () => {
    const { child, finished } = startCli(
      ['compare', ...targets('compatible:hanging-model', 'mock:mock-slow'), '--message', 'stop us', '--json'],
      join(folder, 'stopped'),
      {
        OPENAI_API_KEY: '',
        PROMPTWIRE_COMPATIBLE_BASE_URL: `${vendor.origin}/v1`,
        PROMPTWIRE_COMPATIBLE_API_KEY: 'sk-compatible-test-1234',
      },
    );
    await arrived;
    child.kill('SIGINT');
    const result = await finished;
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('Stopped.\n');
    await vendor.connectionClosed;
    const output = JSON.parse(result.stdout) as { targets: TargetJson[] };
    expect(output.targets.map((target) => target.error?.code)).toEqual(['cancelled', 'cancelled']);
    expect(output.targets[0]?.text).toBe('Thinking');
    const kept = await historyOf('stopped');
    expect(kept.map((entry) => entry.status)).toEqual(['cancelled', 'cancelled']);
  }, 20_000);
});

describe.concurrent('promptwire compare, used wrongly', () => {
  it.each([
    [targets('mock:mock-fast'), 'compare needs at least 2 --target flags (PROFILE:MODEL), got 1.'],
    [[], 'compare needs at least 2 --target flags (PROFILE:MODEL), got 0.'],
    [targets(...Array.from({ length: 7 }, () => 'mock:mock-fast')), 'at most 6 --target flags, got 7.'],
    [targets('mock:mock-fast', 'mock'), '--target "mock" is not PROFILE:MODEL'],
    [targets('mock:mock-fast', 'mock:'), '--target "mock:" is not PROFILE:MODEL'],
    [targets(':mock-fast', 'mock:mock-fast'), '--target ":mock-fast" is not PROFILE:MODEL'],
    [
      [...targets('mock:mock-fast', 'mock:mock-slow'), '--temperature', '3'],
      '--temperature must be a number',
    ],
  ])('refuses %j with exit code 2 and sends nothing', async (args, message) => {
    const result = await run(['compare', ...args, '--message', 'hi'], 'usage');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Run `promptwire compare --help` for the options.');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown profile before any target is sent', async () => {
    const result = await run(
      ['compare', ...targets('mock:mock-fast', 'nowhere:gpt-4o'), '--message', 'hi'],
      'unknown-profile',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--target nowhere:gpt-4o: There is no provider profile "nowhere"');
    expect(existsSync(join(folder, 'unknown-profile', 'history.sqlite'))).toBe(false);
  });

  it('requires a message, and explains itself with --help', async () => {
    const missing = await run(['compare', ...targets('mock:mock-fast', 'mock:mock-slow')], 'usage');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--message is required.');
    const help = await run(['compare', '--help'], 'usage');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: promptwire compare --target PROFILE:MODEL');
    const main = await run(['--help'], 'usage');
    expect(main.stdout).toContain('  compare   ');
  });
});
