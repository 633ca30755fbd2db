import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const readyPattern = /Promptwire ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface BrowserHost {
  url: string;
  dataDirectory: string;
  /** Everything the host printed so far, stdout and stderr together. */
  output(): string;
  stop(): Promise<void>;
}

/** A fresh, empty data directory; pass it to several hosts in turn to test a restart. */
export function freshDataDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'promptwire-e2e-'));
}

/** Starts `promptwire web` the way a user does and waits for its ready line. */
export async function startBrowserHost(dataDirectory = freshDataDirectory()): Promise<BrowserHost> {
  const child = spawn(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'bin/promptwire.mjs'), 'web', '--port', '0', '--data-dir', dataDirectory],
    {
      cwd: root,
      // No key may come from the machine running the tests: each spec sets the ones it uses.
      env: { ...process.env, OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', PROMPTWIRE_COMPATIBLE_API_KEY: '' },
      stdio: 'pipe',
    },
  );
  let output = '';
  const record = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const url = await waitForReadyLine(child, () => output);
  const host: BrowserHost = {
    url,
    dataDirectory,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
  return host;
}

function waitForReadyLine(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`promptwire web did not start:\n${output()}`)), 60_000);
    const read = () => {
      const match = readyPattern.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        child.stderr?.off('data', read);
        done(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`promptwire web exited with ${code}:\n${output()}`));
    });
  });
}
