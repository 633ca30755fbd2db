import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserHost } from './browser-host.ts';

test('a corrupt settings file is backed up and reported, and the app keeps working', async ({ page }) => {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'promptwire-corrupt-'));
  const broken = '{"schemaVersion": 2, "profiles": [ half-written';
  writeFileSync(join(dataDirectory, 'config.json'), broken);
  const host = await startBrowserHost(dataDirectory);
  try {
    await page.goto(host.url);
    const notices = page.getByRole('region', { name: 'Notices about your settings' });
    await expect(notices).toContainText('config.json could not be read');
    const backup = readdirSync(dataDirectory).find((name) => name.startsWith('config.json.corrupt-'));
    expect(backup).toBeDefined();
    // The user's file is kept byte for byte where the notice says.
    expect(readFileSync(join(dataDirectory, backup ?? ''), 'utf8')).toBe(broken);
    await expect(notices).toContainText(backup ?? '');

    // Defaults took over: the Local mock answers.
    await page.getByLabel('Model', { exact: true }).fill('mock-fast');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('region', { name: 'Response' })).toContainText('Promptwire mock');
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
    expect(existsSync(join(dataDirectory, 'config.json'))).toBe(true);
  } finally {
    await host.stop();
  }
});
