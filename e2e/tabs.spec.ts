import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, freshDataDirectory, startBrowserHost } from './browser-host.ts';

let host: BrowserHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const tabList = (page: Page) => page.getByRole('tablist', { name: en.ui.tabs.label });
const tab = (page: Page, name: string | RegExp) => tabList(page).getByRole('tab', { name });
const message = (page: Page) => page.getByLabel(en.ui.messages.firstUserLabel, { exact: true });

test('tabs keep their own drafts and runs, and come back as left after a restart', async ({ page }) => {
  const dataDirectory = freshDataDirectory();
  host = await startBrowserHost(dataDirectory);
  await page.goto(host.url);
  await expect(tabList(page)).toBeVisible();

  // Tab 1 starts a slow answer; tab 2 is written while it streams.
  await page.getByLabel(en.ui.model.label, { exact: true }).fill('mock-slow');
  await message(page).fill('First tab: stream slowly');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();

  await page.getByRole('button', { name: en.ui.tabs.newRequest }).click();
  // A new tab starts empty, on the same profile and model; untitled, it goes by its model.
  await expect(tab(page, 'mock-slow')).toHaveAttribute('aria-selected', 'true');
  await expect(message(page)).toHaveValue('');
  await page.getByLabel(en.ui.model.label, { exact: true }).fill('mock-fast');
  await message(page).fill('Second tab: {{topic}} stays as typed');
  await page.getByLabel('Temperature').fill('3,5');
  await expect(tab(page, 'Second tab: {{topic}} stays…')).toBeVisible();

  // Back on tab 1: its draft, and its answer still arriving.
  await tab(page, 'First tab: stream slowly').click();
  await expect(message(page)).toHaveValue('First tab: stream slowly');
  await expect(page.getByLabel(en.ui.model.label, { exact: true })).toHaveValue('mock-slow');
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('Hi! This is');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();

  // A comparison is a tab too.
  await page.getByRole('button', { name: en.ui.views.compare, exact: true }).click();
  await expect(tab(page, /^Comparison$/)).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel(en.ui.compare.name.label).fill('Refund policy');
  await expect(tab(page, 'Comparison: Refund policy')).toBeVisible();

  // A second comparison opens in its own tab; the first one streams on while it is not shown.
  const panes = page.getByTestId('compare-pane');
  await panes.nth(0).getByLabel(en.ui.model.label, { exact: true }).fill('mock-default');
  await panes.nth(1).getByLabel(en.ui.model.label, { exact: true }).fill('mock-fast');
  await page.getByRole('button', { name: en.ui.compare.toolbar.sendAll }).click();
  await page.getByRole('button', { name: en.ui.compare.newComparison }).click();
  await expect(tab(page, /^Comparison$/)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel(en.ui.compare.name.label)).toHaveValue('');
  await page.getByLabel(en.ui.compare.name.label).fill('Second look');
  await page.waitForTimeout(3000);
  await tab(page, 'Comparison: Refund policy').click();
  await expect(page.getByLabel(en.ui.compare.name.label)).toHaveValue('Refund policy');
  await expect(panes.nth(0)).toContainText('mock-error-429, mock-stream-error or mock-stall', {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: en.ui.compare.toolbar.sendAll })).toBeVisible();
  await tab(page, /^Second tab/).click();
  await expect(message(page)).toHaveValue('Second tab: {{topic}} stays as typed');

  // A restart (a new host on the same data; browser mode gets a new address) brings all of it back.
  await page.waitForTimeout(600);
  await host.stop();
  host = await startBrowserHost(dataDirectory);
  await page.goto(host.url);
  await expect(tab(page, /^Second tab/)).toHaveAttribute('aria-selected', 'true');
  await expect(message(page)).toHaveValue('Second tab: {{topic}} stays as typed');
  await expect(page.getByLabel('Temperature')).toHaveValue('3,5');
  await expect(page.getByLabel(en.ui.model.label, { exact: true })).toHaveValue('mock-fast');
  await tab(page, 'First tab: stream slowly').click();
  await expect(message(page)).toHaveValue('First tab: stream slowly');
  await tab(page, 'Comparison: Refund policy').click();
  await expect(page.getByLabel(en.ui.compare.name.label)).toHaveValue('Refund policy');
  await expect(page.getByTestId('compare-pane')).toHaveCount(2);
  // The answers that ended while another tab was shown were kept with their comparison.
  await expect(panes.nth(1)).toContainText('mock-error-429, mock-stream-error or mock-stall');
  await tab(page, 'Comparison: Second look').click();
  await expect(page.getByLabel(en.ui.compare.name.label)).toHaveValue('Second look');

  // Closing both comparisons and the first tab leaves the second request, shown.
  await page.getByRole('button', { name: en.ui.tabs.close }).nth(3).click();
  await page.getByRole('button', { name: en.ui.tabs.close }).nth(2).click();
  await expect(tabList(page).getByRole('tab')).toHaveCount(2);
  await page.getByRole('button', { name: en.ui.tabs.close }).first().click();
  await expect(tabList(page).getByRole('tab')).toHaveCount(1);
  await expect(message(page)).toHaveValue('Second tab: {{topic}} stays as typed');
});
