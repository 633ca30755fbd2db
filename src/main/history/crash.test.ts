import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from './store.ts';
import { temporaryDirectory } from './test-fixtures.ts';

const directory = temporaryDirectory();
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  directory.remove();
});

const node = join(process.cwd(), 'node_modules', '.bin', 'node');
const writer = join(import.meta.dirname, 'test-crash-writer.ts');

describe('a process killed mid-stream', () => {
  it('leaves its entry alone while alive, then interrupted with the text flushed before the kill', async () => {
    const running = spawn(node, [writer, directory.path], { stdio: ['ignore', 'pipe', 'inherit'] });
    child = running;
    let lastRecorded = -1;
    running.stdout?.setEncoding('utf8').on('data', (data: string) => {
      const numbers = data.trim().split('\n').map(Number);
      lastRecorded = Math.max(lastRecorded, ...numbers);
    });
    while (lastRecorded < 150) await new Promise((resolve) => setTimeout(resolve, 20));

    // The app opening the store while the CLI streams must not touch the CLI's entry.
    const meanwhile = openHistoryStore(directory.path);
    expect(meanwhile.recovered).toEqual([]);
    expect(meanwhile.get('crashing')?.status).toBe('streaming');
    meanwhile.close();

    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    const killedAt = lastRecorded;
    await exited;

    const store = openHistoryStore(directory.path);
    expect(store.recovered).toEqual(['crashing']);
    const entry = store.get('crashing');
    expect(entry?.status).toBe('interrupted');
    expect(entry?.httpStatus).toBe(200);
    const deltas = [...(entry?.text ?? '').matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    // In order, without gaps, from the first delta: a prefix of what was streamed.
    expect(deltas).toEqual(deltas.map((_, index) => index));
    // At most ~250 ms (50 deltas at 5 ms) behind the kill, with slack for a loaded machine.
    expect(deltas.length).toBeGreaterThan(killedAt - 120);
    expect(store.list({ search: `${deltas.at(-1)}` }).total).toBe(1);
    store.close();
  });
});
