import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from './project-root.ts';

export const defaultRendererDirectory = join(projectRoot, 'out', 'renderer');

/**
 * A fresh clone has no out/renderer until the first build; browser mode builds it once rather
 * than fail. The build's own output goes to stderr so stdout keeps only the ready line.
 */
export async function ensureRendererBuilt(rendererDirectory: string): Promise<void> {
  if (existsSync(join(rendererDirectory, 'index.html'))) return;
  process.stderr.write(
    `${join(rendererDirectory, 'index.html')} is missing; building the app once with electron-vite…\n`,
  );
  const require = createRequire(join(projectRoot, 'package.json'));
  const packagePath = require.resolve('electron-vite/package.json');
  const { bin } = require(packagePath) as { bin: Record<string, string> };
  const script = join(dirname(packagePath), bin['electron-vite'] ?? 'bin/electron-vite.js');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [script, 'build'], { cwd: projectRoot, stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0 || !existsSync(join(rendererDirectory, 'index.html'))) {
    throw new Error(
      `the build failed (electron-vite exited with ${code}); run \`npm run build\` to see why.`,
    );
  }
  process.stderr.write('Build finished.\n');
}
