import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const readyPattern = /Promptwire ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface BrowserHost {
  url: string;
  dataDirectory: string;
  stop(): Promise<void>;
}

/** Starts `promptwire web` the way a user does and waits for its ready line. */
export async function startBrowserHost(dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-e2e-'))) {
  const child = spawn(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'bin/promptwire.mjs'), 'web', '--port', '0', '--data-dir', dataDirectory],
    { cwd: root, env: { ...process.env, OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '' }, stdio: 'pipe' },
  );
  const url = await waitForReadyLine(child);
  const host: BrowserHost = {
    url,
    dataDirectory,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
  return host;
}

function waitForReadyLine(child: ChildProcess): Promise<string> {
  return new Promise((done, failed) => {
    let output = '';
    const timer = setTimeout(() => failed(new Error(`promptwire web did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyPattern.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`promptwire web exited with ${code}:\n${output}`));
    });
  });
}
