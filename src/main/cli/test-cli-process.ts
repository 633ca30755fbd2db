// Shared by the CLI tests (not a test file itself): runs `promptwire` the way a user does.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { projectRoot } from './project-root.ts';

const node = join(projectRoot, 'node_modules', '.bin', 'node');
const bin = join(projectRoot, 'bin', 'promptwire.mjs');

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the command with only PATH and the data directory from this environment (plus `extra`),
 * so no real key or relay from the developer's shell can leak into a run.
 */
export function startCli(
  args: string[],
  dataDirectory: string,
  extra: NodeJS.ProcessEnv = {},
): { child: ChildProcessByStdio<null, Readable, Readable>; finished: Promise<CliOutcome> } {
  const child = spawn(node, [bin, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, PROMPTWIRE_DATA_DIR: dataDirectory, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const finished = new Promise<CliOutcome>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, finished };
}

export function runCli(
  args: string[],
  dataDirectory: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<CliOutcome> {
  return startCli(args, dataDirectory, extra).finished;
}

/** Runs the command with `input` on its stdin (a pipe, not a terminal). */
export function runCliWithInput(
  args: string[],
  dataDirectory: string,
  input: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<CliOutcome> {
  const child = spawn(node, [bin, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, PROMPTWIRE_DATA_DIR: dataDirectory, ...extra },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
