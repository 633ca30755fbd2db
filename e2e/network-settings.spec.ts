import { expect, test } from '@playwright/test';
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

test('Network settings show the host rejecting a proxy inline, keep the typing, and save', async ({
  page,
}) => {
  await page.goto(host.url);
  const open = page.getByRole('button', { name: 'Network settings' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Network settings' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('radio', { name: en.ui.proxy.modes.manual }).check();
  const proxyUrl = dialog.getByRole('textbox', { name: en.ui.proxy.url.label });
  await proxyUrl.fill('ftp://x');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // The host's reason sits under the field, which keeps what was typed and takes the focus.
  await expect(proxyUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(proxyUrl).toHaveAccessibleDescription(/ftp/i);
  await expect(proxyUrl).toHaveValue('ftp://x');
  await expect(proxyUrl).toBeFocused();
  await expect(dialog).toBeVisible();

  await proxyUrl.fill('http://127.0.0.1:7890');
  await dialog.getByRole('radio', { name: en.ui.proxy.modes.none }).check();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toHaveAccessibleDescription(en.ui.network.summary.none);

  // Opening again reads back what the host stored.
  await open.click();
  await expect(dialog.getByRole('radio', { name: en.ui.proxy.modes.none })).toBeChecked();
  await dialog.getByRole('button', { name: en.ui.network.cancel }).click();
  await expect(dialog).toBeHidden();
});

test('Test connection on the Local mock reports a direct path and status 200', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  // Whatever proxy the machine running the tests has, this profile goes direct; the test saves
  // the unsaved choice before it runs.
  const composer = page.getByRole('form', { name: 'Request' });
  await composer.getByText(en.ui.profileConnection.group, { exact: true }).click();
  await composer.getByRole('radio', { name: en.ui.proxy.modes.none }).check();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(composer.getByRole('radio', { name: en.ui.proxy.modes.none })).toBeChecked();
  const result = page.getByRole('region', { name: en.ui.connectionTest.resultLabel });
  await expect(result.getByTestId('connection-test-path')).toContainText(en.ui.connectionTest.direct);
  await expect(result.getByTestId('connection-test-status')).toHaveText('200');
  await expect(result.getByTestId('connection-test-url')).toContainText(
    /http:\/\/127\.0\.0\.1:\d+\/v1\/models/,
  );
  await expect(result.getByTestId('connection-test-latency')).toContainText(/\d+\s*ms/);
  await expect(result.getByRole('alert')).toHaveCount(0);
});

test('a 429 on the first attempt shows in the timeline and the answer arrives on the second', async ({
  page,
}) => {
  // The mock rate-limits the first sight of a conversation only, so the prompt is new each run.
  const message = `Retry me, please (${Date.now()})`;
  const expected = await expectedMockAnswer('mock-default', message);
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByLabel('Model', { exact: true }).fill('mock-429-once');
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();

  const timeline = page.getByRole('list', { name: en.ui.attempts.label });
  const first = timeline.getByTestId('attempt-1');
  await expect(first).toContainText('Attempt 1');
  await expect(first).toContainText(`429 ${en.ui.attempts.failures['rate-limited']}`);
  await expect(first).toContainText(/retrying in \d+(\.\d+)? s/);
  await expect(timeline.getByTestId('attempt-2')).toContainText('Attempt 2 · 200', { timeout: 30_000 });

  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText(expected.text, { timeout: 30_000 });
  await expect(page.getByTestId('metric-status')).toHaveText('200');
  await expect(page.getByTestId('metric-via')).toHaveText(en.ui.metrics.viaDirect);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The Raw tab keeps the request of each attempt.
  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw).toContainText('Request · attempt 1');
  await expect(raw).toContainText('Request · attempt 2');
  await expect(raw).toContainText('Path: direct');
});
