import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './test-cli-process.ts';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'promptwire-history-cli-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const run = (args: string[]) => runCli(args, join(folder, 'data'));

describe('promptwire history', () => {
  it('keeps a send from the command line and lists, shows and exports it', async () => {
    const sent = await run([
      'send',
      '--provider',
      'mock',
      '--model',
      'mock-fast',
      '--message',
      'Hello herons',
      '--json',
    ]);
    expect(sent.code).toBe(0);
    const { historyId, text } = JSON.parse(sent.stdout) as { historyId: string; text: string };
    expect(historyId).toEqual(expect.any(String));

    const failed = await run([
      'send',
      '--provider',
      'mock',
      '--model',
      'mock-error-401',
      '--message',
      'Denied',
    ]);
    expect(failed.code).toBe(1);

    const listed = await run(['history', 'list', '--json']);
    expect(listed.code).toBe(0);
    const page = JSON.parse(listed.stdout) as { entries: { id: string; status: string; source: string }[] };
    expect(page.entries).toHaveLength(2);
    expect(page.entries[1]).toMatchObject({ id: historyId, status: 'done', source: 'cli' });
    expect(page.entries[0]).toMatchObject({ status: 'failed', source: 'cli', httpStatus: 401 });

    const searched = await run(['history', 'list', '--search', 'herons', '--json']);
    expect((JSON.parse(searched.stdout) as { total: number }).total).toBe(1);

    const table = await run(['history', 'list']);
    expect(table.stdout).toMatch(/TIME\s+MODEL\s+STATUS\s+DURATION\s+PROMPT/);
    expect(table.stdout).toContain('mock-fast');
    expect(table.stdout).toContain('Hello herons');

    const shown = await run(['history', 'show', historyId, '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: historyId, text, status: 'done' });
    const readable = await run(['history', 'show', historyId]);
    expect(readable.stdout).toContain('Hello herons');
    expect(readable.stdout).toContain(text.slice(0, 40));

    const exported = await run(['history', 'export']);
    expect(exported.code).toBe(0);
    const lines = exported.stdout.split('\n').filter((line) => line !== '');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual([page.entries[0]?.id, historyId]);
  }, 30_000);

  it('keeps a send stopped with Ctrl-C as cancelled, with the text so far', async () => {
    const { child, finished } = startCli(
      ['send', '--provider', 'mock', '--model', 'mock-slow', '--message', 'Stop me'],
      join(folder, 'data'),
    );
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.kill('SIGINT');
    expect((await finished).code).toBe(130);
    const listed = await run(['history', 'list', '--search', 'Stop', '--json']);
    const [stopped] = (JSON.parse(listed.stdout) as { entries: { id: string; status: string }[] }).entries;
    expect(stopped?.status).toBe('cancelled');
    const shown = JSON.parse((await run(['history', 'show', stopped?.id ?? '', '--json'])).stdout);
    expect(shown.text.length).toBeGreaterThan(0);
  }, 30_000);

  it('says clearly when an id is unknown or the command is wrong', async () => {
    const missing = await run(['history', 'show', 'no-such-id']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-id');
    const wrong = await run(['history', 'frobnicate']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('list, show or export');
    const help = await run(['history', 'list', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('promptwire history');
    const noId = await run(['history', 'show']);
    expect(noId.code).toBe(2);
  });
});
