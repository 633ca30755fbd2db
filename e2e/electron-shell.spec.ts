import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { methodNames } from '../src/shared/contract.ts';

const root = resolve(import.meta.dirname, '..');

// Found without require('electron'), which would start a download from outside the npm registry.
function electronBinary(): string | undefined {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const skipReason =
  'No Electron binary on this machine (Electron downloads it from outside the npm registry); ' +
  'the browser-mode specs drive the same window. Run `npx install-electron` where it can be downloaded.';
if (binary === undefined) console.warn(`Skipping the Electron spec: ${skipReason}`);

test.describe('the Electron window', () => {
  test.skip(binary === undefined, skipReason);

  test('exposes exactly the contract through the preload, and streams from the Local mock', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, PROMPTWIRE_DATA_DIR: join(root, 'test-results/electron-data') },
    });
    try {
      const page = await app.firstWindow();
      const exposed = await page.evaluate(() => {
        const bridge = (globalThis as unknown as { promptwire: Record<string, unknown> }).promptwire;
        return { keys: Object.keys(bridge).sort(), hasRequire: 'require' in globalThis };
      });
      expect(exposed.keys).toEqual([...methodNames, 'on'].sort());
      expect(exposed.hasRequire).toBe(false);
      await page.getByLabel('Model', { exact: true }).fill('mock-fast');
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('region', { name: 'Response' })).toContainText('Promptwire mock');
    } finally {
      await app.close();
    }
  });
});
