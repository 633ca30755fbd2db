import { expect, type Page } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';

// The built-in profile for any OpenAI-compatible server; its key is optional, so the window
// shows the key field for it.
export const compatibleProfileId = 'compatible';

/** Chooses the profile in the Provider list and points its Base URL at `baseUrl`, as a user does. */
export async function useCompatibleProfile(page: Page, baseUrl: string): Promise<void> {
  await page.getByRole('combobox', { name: en.ui.provider.label }).selectOption(compatibleProfileId);
  const field = page.getByLabel(en.ui.baseUrl.label, { exact: true });
  await field.fill(baseUrl);
  await field.press('Enter');
  await expect(page.getByText(en.ui.baseUrl.saved)).toBeVisible();
}

/** Pastes the key into the window's key field and adds it; the field is emptied once the host has it. */
export async function addKeyInWindow(page: Page, key: string): Promise<void> {
  const field = page.getByLabel(en.ui.keys.addLabel, { exact: true });
  await field.fill(key);
  await field.press('Enter');
  await expect(page.getByRole('list', { name: /^Keys of / })).toContainText(`…${key.slice(-4)}`);
  await expect(field).toHaveValue('');
}

/** Sends one message with the fastest mock model and waits for the whole answer. */
export async function sendChat(page: Page, message: string): Promise<void> {
  await page.getByLabel(en.ui.model.label, { exact: true }).fill('mock-fast');
  await page.getByLabel(en.ui.messages.firstUserLabel, { exact: true }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('metric-status')).toHaveText('200', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('Promptwire mock');
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
}
