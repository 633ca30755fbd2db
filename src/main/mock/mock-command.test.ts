import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { mockCommand } from './mock-command.ts';
import { get } from './mock-test-client.ts';

function capture() {
  const output = { stdout: '', stderr: '' };
  return {
    output,
    io: {
      stdout: (text: string) => {
        output.stdout += text;
      },
      stderr: (text: string) => {
        output.stderr += text;
      },
    },
  };
}

describe('mockCommand', () => {
  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--rate', 'fast'], /--rate must be a number/],
    [['--rate=-3'], /--rate must be a number/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /positional argument/],
  ])('rejects %j with exit code 2 and a message on stderr', async (argv, message) => {
    const { output, io } = capture();
    expect(await mockCommand(argv, io)).toBe(2);
    expect(output.stderr).toMatch(message);
    expect(output.stderr).toContain('usage: promptwire mock');
    expect(output.stdout).toBe('');
  });

  it('serves until asked to stop, then returns 0', async () => {
    const { output, io } = capture();
    const stop = new AbortController();
    const exit = mockCommand(['--rate', '0'], { ...io, stopSignal: stop.signal });
    await expect.poll(() => output.stdout).toMatch(/\n$/);
    const url = output.stdout.match(/^mock listening on (http:\/\/127\.0\.0\.1:\d+)\n$/)?.[1];
    expect(url).toBeDefined();
    expect(output.stderr).toMatch(/no delay; faults .*mock-stream-error.*mock-429-once/);
    expect((await get(`${url}/v1/models`)).status).toBe(200);
    stop.abort();
    expect(await exit).toBe(0);
    await expect(get(`${url}/v1/models`)).rejects.toThrow();
  });

  it('as a process: prints exactly the listening line and exits 0 on SIGTERM', async () => {
    const source = new URL('./mock-command.ts', import.meta.url).href;
    const script = `const { mockCommand } = await import(${JSON.stringify(source)});
process.exitCode = await mockCommand(process.argv.slice(1));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, '--', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const exited = once(child, 'exit');
    await expect.poll(() => stdout, { timeout: 10_000 }).toMatch(/\n$/);
    expect(stdout).toMatch(/^mock listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    // The two streams are separate pipes: the note on stderr may arrive after the line on stdout.
    await expect.poll(() => stderr, { timeout: 10_000 }).toMatch(/40 tokens\/s; faults/);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
