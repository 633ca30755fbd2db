import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type BrowserHost, freshDataDirectory, startBrowserHost } from './browser-host.ts';

// A word only the prompt has, and one only the mock's answer has: finding the entry by the
// second proves the search covers answers, not just prompts.
const message = 'Describe the okapi in one line, history check';
const answerOnlyWord = 'answering';

let host: BrowserHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('a call survives a restart, is found by its answer, reopens, and resends', async ({ page }) => {
  const dataDirectory = freshDataDirectory();
  host = await startBrowserHost(dataDirectory);
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByLabel('Model', { exact: true }).fill('mock-fast');
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('Promptwire mock server answering', { timeout: 30_000 });
  const history = page.getByRole('region', { name: 'History' });
  // The row appears live and ends as 200.
  await expect(history.getByRole('button', { name: /mock-fast, 200/ })).toHaveCount(1);

  await host.stop();
  host = await startBrowserHost(dataDirectory);
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');

  await history.getByRole('searchbox', { name: 'Search history' }).fill(answerOnlyWord);
  const row = history.getByRole('button', { name: new RegExp(`mock-fast, 200, .*${message}`) });
  await expect(row).toHaveCount(1);
  await row.click();

  const entryBar = page.getByRole('region', { name: 'History entry' });
  await expect(entryBar).toBeVisible();
  await expect(response).toContainText('Promptwire mock server answering');
  await expect(response).toContainText(message);
  await expect(page.getByTestId('metric-status')).toContainText('200');
  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw).toContainText('POST');
  await expect(raw).toContainText(/http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/);
  await expect(raw).toContainText(message);
  await expect(raw).toContainText('[DONE]');

  // The composer starts from its sample message; Open in composer replaces it with the entry's.
  await page.getByLabel('Message', { exact: true }).fill('something else');
  await entryBar.getByRole('button', { name: 'Open in composer' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(message);
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('mock-fast');
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');

  await entryBar.getByRole('button', { name: 'Resend' }).click();
  await expect(entryBar).toBeHidden();
  await page.getByRole('tab', { name: 'Answer' }).click();
  await expect(response).toContainText('Promptwire mock server answering', { timeout: 30_000 });
  await expect(row).toHaveCount(2);
});

test('filters, delete matching, export, retention, delete one and clear all each do what they say', async ({
  page,
}) => {
  host = await startBrowserHost(freshDataDirectory());
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  const history = page.getByRole('region', { name: 'History' });
  const rows = history.getByRole('button', { name: /^mock-/ });
  const send = async (model: string, text: string) => {
    const before = await rows.count();
    await page.getByLabel('Model', { exact: true }).fill(model);
    await page.getByLabel('Message', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(rows).toHaveCount(before + 1, { timeout: 30_000 });
    await expect(
      history.getByRole('button', { name: new RegExp(`${model}, (200|401|failed)`) }).first(),
    ).toBeVisible();
  };
  await send('mock-fast', 'first call alpha');
  await send('mock-error-401', 'second call bravo');
  await send('mock-fast', 'third call charlie');
  await send('mock-fast', 'fourth call delta');
  await expect(history.getByText('4 entries')).toBeVisible();

  // Filter by status: only the failed call; Delete matching says how many and deletes just it.
  await history.getByText('Filters').click();
  await history.getByLabel('By status').selectOption('failed');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName(/second call bravo/);
  await history.getByRole('button', { name: 'Delete matching' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete matching entries' });
  await expect(dialog).toContainText('Delete the 1 entry that matches');
  await dialog.getByRole('button', { name: 'Delete 1 entry' }).click();
  await expect(history.getByText('No entry matches.')).toBeVisible();
  await history.getByRole('button', { name: 'Reset filters' }).click();
  await expect(rows).toHaveCount(3);

  // Export: one JSON object per line, newest first, the whole request and answer in each.
  const downloading = page.waitForEvent('download');
  await history.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^promptwire-history-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const lines = readFileSync(await download.path(), 'utf8')
    .trimEnd()
    .split('\n');
  const exported = lines.map((line) => JSON.parse(line));
  expect(exported.map((entry) => entry.request.messages[0].content)).toEqual([
    'fourth call delta',
    'third call charlie',
    'first call alpha',
  ]);
  expect(exported[0].text).toContain('Promptwire mock server answering');

  // Retention: keep the newest 2; the oldest goes as the setting is saved.
  await history.getByRole('button', { name: 'History settings' }).click();
  await page.getByLabel('Keep the newest N entries').check();
  await page.getByLabel('Entries', { exact: true }).fill('2');
  // The settings' Save: the composer beside them has a Save of its own (to a collection).
  await history.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(2);
  await expect(history.getByRole('button', { name: /first call alpha/ })).toHaveCount(0);

  // Delete one (its button shows on hover, as in Postman), then Clear all after its confirmation.
  const fourth = history.locator('.history-row').filter({ hasText: 'fourth call delta' });
  await fourth.hover();
  await fourth.getByRole('button', { name: 'Delete entry' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName(/third call charlie/);
  await history.getByRole('button', { name: 'Clear all' }).click();
  const clearDialog = page.getByRole('dialog', { name: 'Clear history' });
  await expect(clearDialog).toContainText('Delete the whole history (1 entry)?');
  await clearDialog.getByRole('button', { name: 'Clear all' }).click();
  await expect(history.getByText('Nothing sent yet.')).toBeVisible();
});
