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

async function compose(page: Page, model: string, message: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await page.getByLabel('Model', { exact: true }).fill(model);
  await page.getByLabel('Message', { exact: true }).fill(message);
}

test('streams a Chinese answer from the Local mock, with metrics and the raw exchange', async ({ page }) => {
  const message = '用一句话解释流式输出 🚀';
  const expected = await expectedMockAnswer('mock-default', message);
  await compose(page, 'mock-default', message);
  await page.getByLabel('Message', { exact: true }).press('Control+Enter');

  const response = page.getByRole('region', { name: 'Response' });
  // Stop shows while the answer is still arriving.
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(response).toContainText(expected.text, { timeout: 30_000 });
  await expect(page.getByTestId('metric-status')).toContainText('200');
  await expect(page.getByTestId('metric-input-tokens')).toContainText(String(expected.inputTokens));
  await expect(page.getByTestId('metric-output-tokens')).toContainText(String(expected.outputTokens));
  await expect(page.getByTestId('metric-finish-reason')).toContainText('stop');
  await expect(page.getByTestId('metric-first-token')).toContainText(/\d+(\.\d+)?\s*(ms|s)/);
  await expect(page.getByTestId('metric-total')).toContainText(/\d+(\.\d+)?\s*(ms|s)/);
  await expect(page.getByTestId('metric-tokens-per-second')).toContainText(/\d/);
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();

  await page.getByRole('tab', { name: 'Raw' }).click();
  const raw = page.getByRole('tabpanel');
  await expect(raw).toContainText('POST');
  await expect(raw).toContainText(/http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/);
  await expect(raw).toContainText('"stream": true');
  await expect(raw).toContainText('text/event-stream');
  await expect(raw).toContainText('chat.completion.chunk');
  await expect(raw).toContainText('[DONE]');
  await expect(raw).toContainText(message);
});

test('an injected 401 shows an alert with the status, the vendor message and the fix', async ({ page }) => {
  await compose(page, 'mock-error-401', 'Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('401');
  await expect(alert).toContainText('Incorrect API key provided');
  await expect(alert).toContainText(en.hints['status-401']);
});

test('a stream that fails midway keeps the text received and explains the error', async ({ page }) => {
  await compose(page, 'mock-stream-error', 'Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(en.hints['stream-vendor-error']);
  await expect(page.getByRole('region', { name: 'Response' })).toContainText(
    'Hi! This is the Promptwire mock',
  );
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
});

test('Stop cancels a slow stream and keeps what arrived', async ({ page }) => {
  await compose(page, 'mock-slow', 'Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('Hi! This is', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(response).toContainText(en.ui.response.phases.stopped);
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const textAtStop = await response.textContent();
  await page.waitForTimeout(1_000);
  expect(await response.textContent()).toBe(textAtStop);
  expect(textAtStop).not.toContain('mock-stall');
});
