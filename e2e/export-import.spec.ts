import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';

// Set PROMPTWIRE_SCREENSHOTS to a directory to keep pictures of the panels for a visual check.
const screenshotDirectory = process.env.PROMPTWIRE_SCREENSHOTS;

let host: BrowserHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
});

// The page reads back what Copy wrote; 127.0.0.1 is a secure context, so the clipboard API works.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDirectory) await page.screenshot({ path: join(screenshotDirectory, name) });
}

async function openComposer(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByLabel('Model', { exact: true }).fill('mock-fast');
}

test('exports the draft as curl and Python, copies it, and shows it as Anthropic Messages', async ({
  page,
}) => {
  // Quotes, a backslash, a tab, markup and non-ASCII: each must reach the code JSON-escaped.
  const message = 'Quote "this" and C:\\tmp\\new\tthen <b>&amp;</b> café 🚀';
  await openComposer(page);
  await page.getByLabel('Message', { exact: true }).fill(message);
  const composer = page.getByRole('form', { name: 'Request' });
  await composer.getByRole('button', { name: 'Export' }).click();

  const dialog = page.getByRole('dialog', { name: 'Export request' });
  await expect(dialog).toContainText('Local mock (OpenAI format) · mock-fast');
  await dialog.getByRole('radio', { name: 'curl (bash)' }).check();
  const code = dialog.getByTestId('export-code');
  await expect(code).toContainText('--data-raw');
  await expect(code).toContainText(JSON.stringify(message));
  await expect(code).toContainText(/http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/);
  // The Local mock needs no key, so there is none to include.
  await expect(dialog.getByRole('checkbox', { name: 'Include my API key' })).toBeDisabled();
  await screenshot(page, 'export-panel.png');

  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  // A string, since the e2e files are type-checked without the DOM library.
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toBe(await code.textContent());

  await dialog.getByRole('radio', { name: 'Python' }).check();
  await expect(code).toContainText('from openai import OpenAI');
  await expect(code).not.toContainText('--data-raw');

  await dialog.getByRole('tab', { name: 'View as' }).click();
  await expect(dialog.getByRole('radio', { name: 'Anthropic Messages' })).toBeChecked();
  const viewAs = dialog.getByTestId('export-view-as');
  await expect(viewAs).toContainText('"max_tokens"');
  await expect(viewAs).toContainText(JSON.stringify(message));
  await expect(dialog).toContainText('Anthropic requires max_tokens');
  await screenshot(page, 'export-view-as.png');

  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
});

test('an invalid draft is not exported: Export points at what to fix, as Send does', async ({ page }) => {
  await openComposer(page);
  await page.getByLabel('Model', { exact: true }).fill('');
  await page.getByRole('form', { name: 'Request' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByText('Enter a model name.')).toBeVisible();
  await expect(page.getByLabel('Model', { exact: true })).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Export request' })).toBeHidden();
});

test('imports a pasted curl into the draft, keeps a bad paste, and sends the import', async ({ page }) => {
  await openComposer(page);
  // The mock's address is known once it has started, which the first send does.
  await page.getByLabel('Message', { exact: true }).fill('Warm up');
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('Promptwire mock server answering', { timeout: 30_000 });
  const baseUrlField = page.getByLabel('Base URL', { exact: true });
  await expect(baseUrlField).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  const baseUrl = await baseUrlField.inputValue();

  await page.getByRole('button', { name: 'Import curl' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import curl' });
  const paste = dialog.getByLabel('Paste a curl command');
  const badCommand = 'curl https://x -d @body.json';
  await paste.fill(badCommand);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('local files');
  await expect(paste).toHaveValue(badCommand);
  await screenshot(page, 'import-error.png');

  const body = JSON.stringify({
    model: 'mock-fast',
    messages: [
      { role: 'system', content: 'Be brief' },
      { role: 'user', content: 'Imported hello' },
    ],
    stream: true,
    seed: 3,
  });
  await paste.fill(
    `curl ${baseUrl}/chat/completions \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '${body}'`,
  );
  await screenshot(page, 'import-dialog.png');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const strip = page.getByRole('region', { name: 'Imported curl' });
  await expect(strip).toContainText('Imported into Local mock (OpenAI format).');
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('Imported hello');
  await expect(page.getByLabel('System prompt')).toHaveValue('Be brief');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('mock-fast');
  await expect(page.getByLabel('Extra body fields (JSON)')).toHaveValue(/"seed": 3/);
  await screenshot(page, 'import-strip.png');

  await page.getByRole('button', { name: 'Send' }).click();
  await expect(response).toContainText('You wrote: "Imported hello"', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Raw' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('"seed": 3');

  await strip.getByRole('button', { name: 'Dismiss' }).click();
  await expect(strip).toBeHidden();

  // The history entry exports through its own profile, extra fields included.
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /mock-fast, 200, .*Imported hello/ }).click();
  const entryBar = page.getByRole('region', { name: 'History entry' });
  await expect(entryBar).toBeVisible();
  await screenshot(page, 'history-entry-bar.png');
  await entryBar.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export request' });
  await exportDialog.getByRole('radio', { name: 'curl (bash)' }).check();
  const code = exportDialog.getByTestId('export-code');
  await expect(code).toContainText('"content":"Imported hello"');
  await expect(code).toContainText('"seed":3');
  await expect(code).toContainText(`${baseUrl}/chat/completions`);
});

test('a key from a pasted curl is saved, kept out of exports, and written in only after a warning', async ({
  page,
}) => {
  const key = 'sk-proj-exportcanary0123456789abcdefWXYZ';
  await openComposer(page);
  await page.getByRole('button', { name: 'Import curl' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import curl' });
  await importDialog
    .getByLabel('Paste a curl command')
    .fill(
      `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}'`,
    );
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Imported curl' })).toContainText('Key saved to OpenAI.');
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('openai');

  await page.getByRole('form', { name: 'Request' }).getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export request' });
  await dialog.getByRole('radio', { name: 'curl (bash)' }).check();
  const code = dialog.getByTestId('export-code');
  await expect(code).toContainText('$OPENAI_API_KEY');
  await expect(code).not.toContainText(key);

  const includeKey = dialog.getByRole('checkbox', { name: 'Include my API key' });
  await includeKey.check();
  // Asked first, with the safe answer focused; keeping it out leaves the code as it was.
  await expect(dialog.getByRole('button', { name: 'Keep it out' })).toBeFocused();
  await screenshot(page, 'export-key-confirm.png');
  await dialog.getByRole('button', { name: 'Keep it out' }).click();
  await expect(includeKey).not.toBeChecked();
  await expect(code).not.toContainText(key);

  await includeKey.check();
  await dialog.getByRole('button', { name: 'Include the key' }).click();
  await expect(includeKey).toBeChecked();
  const warning = dialog.getByRole('alert').filter({ hasText: 'This code contains your API key' });
  await expect(warning).toBeVisible();
  await expect(code).toContainText(key);
  await screenshot(page, 'export-key-warning.png');

  await includeKey.uncheck();
  await expect(warning).toBeHidden();
  await expect(code).toContainText('$OPENAI_API_KEY');
  await expect(code).not.toContainText(key);
});

test('a comparison pane exports the request it would send, with its own model', async ({ page }) => {
  await page.goto(host.url);
  // The host is shared with the tests above, and the window comes back as they left it.
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('mock');
  await page.getByLabel('Message', { exact: true }).fill('Compare me "now"');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const pane = page.getByTestId('compare-pane').nth(1);
  await pane.getByLabel('Model', { exact: true }).fill('mock-slow');
  await pane.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export request' });
  await expect(dialog).toContainText('mock-slow');
  await expect(dialog.locator('pre')).toContainText('"model":"mock-slow"');
  await expect(dialog.locator('pre')).toContainText('Compare me \\"now\\"');
});
