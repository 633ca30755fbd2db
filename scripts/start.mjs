// `npm start`: builds the app, then opens it in Electron. Electron's binary is not in the npm
// package; it is downloaded from GitHub on first use, which some machines cannot do. This script
// tries that once, with a time limit, and otherwise says how to run the same app in a browser.
// It must never hang: every child it waits for has a timeout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const buildTimeoutMs = 5 * 60_000;
const downloadTimeoutMs = 90_000;

function binScript(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return join(dirname(manifestPath), bin);
}

function electronDirectory() {
  return dirname(require.resolve('electron/package.json'));
}

/** The Electron executable when it is really there; undefined otherwise. Never downloads. */
function electronBinary() {
  const directory = electronDirectory();
  const pathFile = join(directory, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const distDirectory = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(directory, 'dist');
  const binary = join(distDirectory, relativePath);
  return relativePath && existsSync(binary) ? binary : undefined;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

console.error('Building Promptwire (electron-vite build)…');
const build = spawnSync(process.execPath, [binScript('electron-vite', 'electron-vite'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  timeout: buildTimeoutMs,
});
if (build.error || build.status !== 0) {
  fail(`The build failed${build.error ? ` (${build.error.message})` : ''}; see the output above.`);
}

let binary = electronBinary();
if (!binary) {
  console.error(
    `The Electron binary is not installed; trying to download it once (at most ${downloadTimeoutMs / 1000} s)…`,
  );
  const install = spawnSync(process.execPath, [binScript('electron', 'install-electron')], {
    cwd: root,
    stdio: 'inherit',
    timeout: downloadTimeoutMs,
    killSignal: 'SIGKILL',
  });
  if (install.error?.code === 'ETIMEDOUT') console.error('The download did not finish in time.');
  binary = electronBinary();
}
if (!binary) {
  fail(
    'The Electron binary could not be downloaded on this machine, so the desktop window cannot open.\n' +
      'The same app runs in a browser instead:\n\n' +
      '    npx promptwire web\n\n' +
      'then open the printed http://127.0.0.1:…/?token=… URL. (To retry the download later: npx install-electron)',
  );
}

const environment = { ...process.env };
// Set by some tools; it would make Electron behave as plain Node and never open a window.
delete environment.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env: environment });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => fail(`Electron could not be started: ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
