import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, freshDataDirectory, startBrowserHost } from './browser-host.ts';

const screenshots = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(screenshots, { recursive: true });

let host: BrowserHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const message = (page: Page) => page.getByLabel(en.ui.messages.firstUserLabel, { exact: true });

/** Every file under the folder, read as text: what a teammate would get from the repository. */
function folderText(folder: string): string {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

test('a collection: save a request with variables, switch environment, send, see them resolved in Raw', async ({
  page,
}) => {
  host = await startBrowserHost(freshDataDirectory());
  const folder = join(mkdtempSync(join(tmpdir(), 'promptwire-collection-')), 'team-prompts');
  await page.goto(host.url);
  const collections = page.getByRole('region', { name: en.ui.collections.title });
  await expect(collections).toContainText(en.ui.collections.empty);

  // A relative path says what to type instead, and keeps what was typed.
  await collections.getByRole('button', { name: en.ui.collections.open }).click();
  const openDialog = page.getByRole('dialog', { name: en.ui.collections.openTitle });
  await openDialog.getByLabel(en.ui.collections.folder).fill('team-prompts');
  await openDialog.getByRole('button', { name: en.ui.collections.openButton }).click();
  await expect(openDialog.getByRole('alert')).toContainText('full path');
  await expect(openDialog.getByLabel(en.ui.collections.folder)).toHaveValue('team-prompts');
  await openDialog.getByLabel(en.ui.collections.folder).fill(folder);
  await openDialog.getByLabel(en.ui.collections.name).fill('Team prompts');
  await openDialog.getByRole('button', { name: en.ui.collections.openButton }).click();
  await expect(openDialog).toBeHidden();
  await expect(collections).toContainText('Team prompts');
  await expect(collections).toContainText(en.ui.collections.noRequests);

  // Variables: the collection's topic, and a staging environment with its own topic and a secret.
  await collections.getByRole('button', { name: 'Variables of Team prompts' }).click();
  const variables = page.getByRole('dialog', { name: 'Variables of Team prompts' });
  await variables.getByRole('button', { name: en.ui.variables.add }).click();
  await variables.getByLabel('Name 1').fill('topic');
  await variables.getByLabel('Value 1').fill('tides');
  await variables.getByRole('button', { name: en.ui.variables.save }).click();
  await expect(variables.getByRole('status')).toHaveText(en.ui.variables.saved);
  await variables.getByLabel(en.ui.variables.scope).selectOption({ label: en.ui.variables.newEnvironment });
  await variables.getByLabel(en.ui.variables.newEnvironmentName).fill('staging');
  await variables.getByRole('button', { name: en.ui.variables.create }).click();
  await variables.getByRole('button', { name: en.ui.variables.add }).click();
  await variables.getByLabel('Name 1').fill('topic');
  await variables.getByLabel('Value 1').fill('volcanoes');
  await variables.getByRole('button', { name: en.ui.variables.add }).click();
  await variables.getByLabel('Name 2').fill('codename');
  await variables.getByLabel('Secret 2').check();
  await variables.getByLabel('Value 2').fill('blue-heron-42');
  await variables.getByRole('button', { name: en.ui.variables.save }).click();
  await expect(variables.getByRole('status')).toHaveText(en.ui.variables.saved);
  await page.screenshot({ path: join(screenshots, 'collection-variables.png') });
  await variables.getByRole('button', { name: en.ui.profiles.close }).click();

  // A request with two variables, saved into the collection.
  await message(page).fill('Explain {{topic}} to agent {{codename}}.');
  await page.getByRole('button', { name: en.ui.saveRequest.button, exact: true }).click();
  const saveDialog = page.getByRole('dialog', { name: en.ui.saveRequest.title });
  await saveDialog.getByLabel(en.ui.saveRequest.path).fill('science/explain-topic');
  await saveDialog.getByRole('button', { name: en.ui.saveRequest.save }).click();
  await expect(saveDialog).toBeHidden();
  const source = page.getByRole('region', { name: en.ui.source.label });
  await expect(source).toContainText('Team prompts › science/explain-topic');
  await expect(collections.getByRole('button', { name: 'Open science/explain-topic' })).toBeVisible();
  // Save as under a name already taken asks before replacing it.
  await source.getByRole('button', { name: en.ui.saveRequest.saveAs }).click();
  await saveDialog.getByRole('button', { name: en.ui.saveRequest.save }).click();
  await expect(saveDialog.getByRole('alert')).toHaveText(
    'Team prompts already has a request saved as science/explain-topic. Choose another name, or Save over it.',
  );
  await saveDialog.getByRole('button', { name: en.ui.saveRequest.replace }).click();
  await expect(saveDialog).toBeHidden();
  // Without an environment the secret has no value here: the composer says so before sending.
  await expect(source).toContainText('Not defined, sent as written: {{codename}}');
  await page.screenshot({ path: join(screenshots, 'collection-missing-variable.png') });

  await collections.getByLabel('Environment of Team prompts').selectOption('staging');
  await expect(source).toContainText('environment staging');
  await expect(source).not.toContainText('Not defined');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw).toContainText('Explain volcanoes to agent blue-heron-42.');
  await expect(raw).not.toContainText('{{topic}}');
  await page.screenshot({ path: join(screenshots, 'collection-raw.png') });

  // The files keep the variables as written, and no secret value.
  const files = folderText(folder);
  expect(files).toContain('Explain {{topic}} to agent {{codename}}.');
  expect(files).toContain('"volcanoes"');
  expect(files).toContain('"codename"');
  expect(files).not.toContain('blue-heron-42');

  // Opened again from the collection, in a tab of its own named after it.
  await page.getByRole('button', { name: en.ui.tabs.newRequest }).click();
  await collections.getByRole('button', { name: 'Open science/explain-topic' }).click();
  await expect(page.getByRole('tab', { name: 'explain-topic' })).toHaveAttribute('aria-selected', 'true');
  await expect(message(page)).toHaveValue('Explain {{topic}} to agent {{codename}}.');
});
