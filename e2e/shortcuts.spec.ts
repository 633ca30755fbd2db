import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';

let host: BrowserHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
});

// Shortcuts that mean a character in a text field are tried with no field focused.
const blur = (page: Page) => page.evaluate('document.activeElement?.blur()');
const tabs = (page: Page) => page.getByRole('tablist', { name: en.ui.tabs.label }).getByRole('tab');

test('first run: one click on Try a request gets an answer from the Local mock', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: en.ui.empty.try }).click();
  await expect(page.getByTestId('metric-status')).toHaveText('200', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('Promptwire mock');
});

test('the keyboard: tabs, focus, history search, stop, the command palette and the shortcuts list', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(tabs(page)).toHaveCount(1);

  await page.keyboard.press('Alt+t');
  await expect(tabs(page)).toHaveCount(2);
  await expect(page.getByLabel(en.ui.messages.firstUserLabel, { exact: true })).toBeFocused();
  await page.keyboard.type('Typed in the new tab');
  await page.keyboard.press('Alt+BracketLeft');
  await expect(tabs(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+BracketRight');
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel(en.ui.messages.firstUserLabel, { exact: true })).toHaveValue(
    'Typed in the new tab',
  );

  await page.getByLabel(en.ui.model.label, { exact: true }).fill('mock-slow');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await blur(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText(en.ui.response.phases.stopped);

  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: en.ui.history.searchLabel })).toBeFocused();
  await blur(page);
  await page.keyboard.press('Alt+m');
  await expect(page.getByLabel(en.ui.messages.firstUserLabel, { exact: true })).toBeFocused();

  // The shortcuts list, from "?" outside a text field.
  await blur(page);
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: en.ui.commands.shortcutsTitle });
  await expect(help).toContainText(en.ui.commands.names.newTab);
  await expect(help).toContainText('Alt+T');
  await expect(help).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The palette runs a command by name.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: en.ui.commands.paletteTitle });
  await palette.getByRole('combobox').fill('close');
  await expect(palette.getByRole('option')).toHaveText([`${en.ui.commands.names.closeTab}Alt+W`]);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(tabs(page)).toHaveCount(1);
  await page.keyboard.press('Alt+w');
  await expect(tabs(page)).toHaveCount(1);
});
