import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';
import { expectedMockAnswer } from './expected-answer.ts';

let host: BrowserHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
});

const testKey = 'sk-test-promptwire-0123456789abcd';

/** The Local mock starts on first use; after one send its address is in its Base URL field. */
async function mockBaseUrl(page: Page): Promise<string> {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByLabel('Model', { exact: true }).fill('mock-fast');
  await page.getByLabel('Message', { exact: true }).fill('Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('metric-status')).toHaveText('200', { timeout: 30_000 });
  const baseUrl = page.getByLabel(en.ui.baseUrl.label, { exact: true });
  await expect(baseUrl).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  return baseUrl.inputValue();
}

test('a profile made from the relay preset reaches the Local mock with a key pasted with spaces', async ({
  page,
}) => {
  const mockUrl = await mockBaseUrl(page);
  const provider = page.getByRole('combobox', { name: 'Provider' });

  // New profile: the presets show their name, format and base URL.
  await page.getByRole('button', { name: en.ui.profiles.newLabel }).click();
  const create = page.getByRole('dialog', { name: en.ui.profiles.create.title });
  const relay = create.getByRole('radio', { name: 'OpenAI-compatible relay' });
  await expect(relay).toHaveAccessibleDescription(/.+/);
  await relay.check();
  await create.getByLabel(en.ui.profiles.create.nameLabel, { exact: true }).fill('Team relay');
  await create.getByRole('button', { name: en.ui.profiles.create.create }).click();
  await expect(create).toBeHidden();
  await expect(provider).not.toHaveValue('mock');
  await expect(provider.locator('option:checked')).toContainText('Team relay');
  await expect(page.getByRole('status').filter({ hasText: 'Team relay' })).toBeVisible();
  const relayId = await provider.inputValue();

  // Its endpoint: the Local mock's address.
  const baseUrl = page.getByLabel(en.ui.baseUrl.label, { exact: true });
  await baseUrl.fill(mockUrl);
  await baseUrl.press('Enter');
  await expect(page.getByText(en.ui.baseUrl.saved)).toBeVisible();

  // A key pasted with spaces around it: the warning says so and the fix is the user's click.
  const keyField = page.getByLabel(en.ui.keys.addLabel, { exact: true });
  await keyField.fill(`  ${testKey} `);
  const warnings = page.getByTestId('key-warnings');
  await expect(warnings).toContainText(en.ui.keys.warnings['surrounding-whitespace']);
  await expect(keyField).toHaveValue(`  ${testKey} `);
  await page.getByRole('button', { name: en.ui.keys.fixSpaces }).click();
  await expect(keyField).toHaveValue(testKey);
  await expect(warnings).toBeHidden();
  await expect(page.getByText('Removed 3 spaces or line breaks around the key.')).toBeVisible();
  await page.getByRole('button', { name: en.ui.keys.add, exact: true }).click();
  await expect(keyField).toHaveValue('');
  const keys = page.getByRole('list', { name: 'Keys of Team relay' });
  const row = keys.getByRole('listitem').filter({ hasText: '…abcd' });
  await expect(row).toContainText(en.ui.keys.sources.stored);

  // Each key has its own test.
  await row.getByRole('button', { name: 'Test key …abcd' }).click();
  await expect(row.getByTestId('key-test-result')).toHaveText(/^200 · \d+ ms$/);

  // Send through the new profile: the answer arrives, with the trimmed key on the wire.
  const message = `Through the relay (${Date.now()})`;
  const expected = await expectedMockAnswer('mock-default', message);
  await page.getByLabel('Model', { exact: true }).fill('mock-default');
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText(expected.text, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('metric-status')).toHaveText('200');
  await expect(page.getByTestId('metric-cost')).toHaveText('—');
  await page.getByRole('tab', { name: 'Raw' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(`${mockUrl}/chat/completions`);
  await expect(page.getByRole('tabpanel')).toContainText('sk-…abcd');
  await page.getByRole('tab', { name: 'Answer' }).click();

  // A price for the model, and a header of the relay's own: the cost of the answer already on
  // screen follows at once, and the next request carries the header.
  await page.getByRole('button', { name: en.ui.profiles.settingsLabel }).click();
  const settings = page.getByRole('dialog', { name: en.ui.profiles.settings.title });
  await settings.getByRole('button', { name: 'Add price for mock-default' }).click();
  await settings.getByRole('textbox', { name: 'Input dollars per million tokens, price 1' }).fill('2.5');
  await settings.getByRole('textbox', { name: 'Output dollars per million tokens, price 1' }).fill('10');
  await settings.getByRole('button', { name: en.ui.profiles.headers.add }).click();
  await settings.getByRole('textbox', { name: 'Name of header 1' }).fill('X-Relay-Team');
  await settings.getByRole('textbox', { name: 'Value of header 1' }).fill('blue');
  await settings.getByRole('button', { name: en.ui.profiles.headers.add }).click();
  await settings.getByRole('textbox', { name: 'Name of header 2' }).fill('X-Relay-Token');
  await settings.getByRole('textbox', { name: 'Value of header 2' }).fill('rt-secret-0123456789wxyz');
  await settings.getByRole('button', { name: en.ui.profiles.settings.save }).click();
  await expect(settings).toBeHidden();
  const cost = (expected.inputTokens * 2.5 + expected.outputTokens * 10) / 1_000_000;
  await expect(page.getByTestId('metric-cost')).toHaveText(usd(cost));

  await page.getByLabel('Model', { exact: true }).fill('mock-fast');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('metric-finish-reason')).toHaveText('stop', { timeout: 30_000 });
  await expect(page.getByTestId('metric-cost')).toHaveText('—');
  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw.getByRole('row', { name: /x-relay-team/i })).toContainText('blue');
  await expect(raw.getByRole('row', { name: /x-relay-token/i })).toContainText('rt-…wxyz');
  await expect(raw).not.toContainText('rt-secret');
  await page.getByRole('tab', { name: 'Answer' }).click();

  // A key the endpoint refuses shows its 401 on its own row: the mock refuses on request.
  await page.getByRole('button', { name: en.ui.profiles.settingsLabel }).click();
  // The secret header comes back masked, and saved untouched it stays as stored.
  await expect(settings.getByRole('textbox', { name: 'Value of header 2' })).toHaveValue('rt-…wxyz');
  await expect(settings.getByRole('textbox', { name: 'Value of header 2' })).toHaveAccessibleDescription(
    en.ui.profiles.headers.masked,
  );
  await settings.getByRole('button', { name: en.ui.profiles.headers.add }).click();
  await settings.getByRole('textbox', { name: 'Name of header 3' }).fill('x-mock-fault');
  await settings.getByRole('textbox', { name: 'Value of header 3' }).fill('mock-error-401');
  await settings.getByRole('button', { name: en.ui.profiles.settings.save }).click();
  await expect(settings).toBeHidden();
  await row.getByRole('button', { name: 'Test key …abcd' }).click();
  await expect(row.getByTestId('key-test-result')).toHaveText(
    `401 ${en.ui.attempts.failures['key-rejected']}`,
  );
  await expect(row).toContainText(en.ui.keys.states.rejected);

  // Read back from the host; then Delete, confirmed, takes the profile away.
  await page.reload();
  await provider.selectOption(relayId);
  await page.getByRole('button', { name: en.ui.profiles.settingsLabel }).click();
  await expect(settings.getByRole('combobox', { name: 'Model of price 1' })).toHaveValue('mock-default');
  await expect(
    settings.getByRole('textbox', { name: 'Input dollars per million tokens, price 1' }),
  ).toHaveValue('2.5');
  await settings.getByRole('button', { name: en.ui.profiles.delete.button }).click();
  await expect(settings.getByRole('button', { name: en.ui.profiles.delete.keep })).toBeFocused();
  await settings.getByRole('button', { name: en.ui.profiles.delete.confirmButton, exact: true }).click();
  await expect(settings).toBeHidden();
  await expect(provider).toHaveValue('mock');
  await expect(provider.locator('option', { hasText: 'Team relay' })).toHaveCount(0);
});

test('Fetch models on the Local mock fills the model suggestions', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByRole('button', { name: 'Fetch models', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ models from the endpoint/ })).toBeVisible();
  const suggestions = page.getByTestId('model-suggestions');
  await expect(suggestions.locator('option[value="mock-error-401"]')).toHaveCount(1);
  // A suggestion is only a suggestion: any model name is still sent as typed.
  await page.getByLabel('Model', { exact: true }).fill('mock-error-401');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert')).toContainText('401');
});

test('built-in profiles offer no Delete', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByRole('button', { name: en.ui.profiles.settingsLabel }).click();
  const settings = page.getByRole('dialog', { name: en.ui.profiles.settings.title });
  await expect(settings).toContainText(en.ui.profiles.settings.builtIn);
  await expect(settings.getByRole('button', { name: en.ui.profiles.delete.button })).toHaveCount(0);
  await settings.getByRole('button', { name: en.ui.profiles.cancel }).click();
  await expect(settings).toBeHidden();
});

/** The metrics bar's format: US dollars with four to six decimals. */
function usd(dollars: number): string {
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 4,
    maximumFractionDigits: 6,
  }).format(dollars);
}
