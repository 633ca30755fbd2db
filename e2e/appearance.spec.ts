import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';
import { zhCN } from '../src/shared/locales/zh-CN/index.ts';
import { type BrowserHost, freshDataDirectory, startBrowserHost } from './browser-host.ts';

// The README shows these: the main screens in both languages and both themes, made on every run.
const screenshots = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(screenshots, { recursive: true });

let host: BrowserHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function chooseLanguage(page: Page, dialogTitle: string, language: string): Promise<void> {
  await page.getByRole('button', { name: dialogTitle, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.getByRole('combobox').first().selectOption(language);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function sendMarkdown(page: Page, modelLabel: string, messageLabel: string, sendLabel: string) {
  await page.getByLabel(modelLabel, { exact: true }).fill('mock-markdown');
  await page.getByLabel(messageLabel, { exact: true }).fill('Markdown, please');
  await page.getByRole('button', { name: sendLabel, exact: true }).click();
  await expect(page.getByRole('button', { name: sendLabel, exact: true })).toBeEnabled({ timeout: 30_000 });
}

async function shootBothThemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(screenshots, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the whole window in Chinese, an error included, kept after a restart; both themes', async ({
  page,
}) => {
  const dataDirectory = freshDataDirectory();
  host = await startBrowserHost(dataDirectory);
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: en.ui.send.send, exact: true })).toBeVisible();

  // English, following a light system, then a dark one: the colours change with the system.
  await sendMarkdown(page, en.ui.model.label, en.ui.messages.firstUserLabel, en.ui.send.send);
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkBackground = await page.evaluate('getComputedStyle(document.body).backgroundColor');
  await page.emulateMedia({ colorScheme: 'light' });
  const lightBackground = await page.evaluate('getComputedStyle(document.body).backgroundColor');
  expect(darkBackground).toBe('rgb(19, 21, 25)');
  expect(lightBackground).toBe('rgb(244, 245, 247)');
  await shootBothThemes(page, 'request-en');

  // A theme chosen in Appearance wins over the system's.
  await page.getByRole('button', { name: en.ui.appearance.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: en.ui.appearance.title });
  await dialog.getByLabel(en.ui.appearance.theme).selectOption('dark');
  await expect
    .poll(() => page.evaluate('getComputedStyle(document.body).backgroundColor'))
    .toBe(darkBackground);
  await dialog.getByLabel(en.ui.appearance.theme).selectOption('system');
  await expect
    .poll(() => page.evaluate('getComputedStyle(document.body).backgroundColor'))
    .toBe(lightBackground);
  await page.keyboard.press('Escape');

  // Chinese: every word of the window, and an error with its fix.
  await chooseLanguage(page, en.ui.appearance.open, 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: zhCN.ui.send.send, exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: zhCN.ui.response.tabs.answer })).toBeVisible();
  await expect(page.getByText(zhCN.ui.metrics.firstToken, { exact: true })).toBeVisible();
  await sendMarkdown(page, zhCN.ui.model.label, zhCN.ui.messages.firstUserLabel, zhCN.ui.send.send);
  await shootBothThemes(page, 'request-zh-CN');
  await page.getByLabel(zhCN.ui.model.label, { exact: true }).fill('mock-error-401');
  await page.getByRole('button', { name: zhCN.ui.send.send, exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(zhCN.hints['status-401']);
  await expect(alert).toContainText('401');
  // No English word of the catalog is left on the screen (vendor messages are the vendor's own).
  const visible = await page.locator('.app').innerText();
  for (const english of [
    en.ui.send.send,
    en.ui.response.tabs.answer,
    en.hints['status-401'],
    en.ui.history.title,
  ]) {
    expect(visible).not.toContain(english);
  }

  await page.getByRole('button', { name: zhCN.ui.views.compare, exact: true }).click();
  const panes = page.getByTestId('compare-pane');
  await panes.nth(0).getByLabel(zhCN.ui.model.label, { exact: true }).fill('mock-markdown');
  await panes.nth(1).getByLabel(zhCN.ui.model.label, { exact: true }).fill('mock-default');
  await page.getByRole('button', { name: zhCN.ui.compare.toolbar.sendAll, exact: true }).click();
  await expect(panes.nth(0)).toContainText('Mock answer in Markdown', { timeout: 30_000 });
  await expect(panes.nth(1)).toContainText('Promptwire', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: zhCN.ui.compare.toolbar.sendAll, exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await shootBothThemes(page, 'compare-zh-CN');

  // The choice is the host's, so it survives a restart (browser mode gets a new address each time).
  await host.stop();
  host = await startBrowserHost(dataDirectory);
  await page.goto(host.url);
  // Still Chinese, before anything is done.
  await expect(page.getByRole('button', { name: zhCN.ui.views.compare, exact: true })).toBeVisible();
  await chooseLanguage(page, zhCN.ui.appearance.open, 'en');
  await page.getByRole('button', { name: en.ui.views.compare, exact: true }).click();
  await panes.nth(0).getByLabel(en.ui.model.label, { exact: true }).fill('mock-markdown');
  await panes.nth(1).getByLabel(en.ui.model.label, { exact: true }).fill('mock-default');
  await page.getByRole('button', { name: en.ui.compare.toolbar.sendAll, exact: true }).click();
  await expect(panes.nth(0)).toContainText('Mock answer in Markdown', { timeout: 30_000 });
  await expect(panes.nth(1)).toContainText('Promptwire', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: en.ui.compare.toolbar.sendAll, exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await shootBothThemes(page, 'compare-en');
});
