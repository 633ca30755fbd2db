import { expect, test } from '@playwright/test';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';

let host: BrowserHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
});

test('an answer in Markdown: headings, a table, coloured code with its own Copy, and Plain text', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await page.getByLabel('Model', { exact: true }).fill('mock-markdown');
  await page.getByLabel('Message', { exact: true }).fill('Show me some Markdown');
  await page.getByRole('button', { name: 'Send' }).click();

  const response = page.getByRole('region', { name: 'Response' });
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled({ timeout: 30_000 });
  await expect(response.getByRole('heading', { name: 'Mock answer in Markdown' })).toBeVisible();
  await expect(response.getByRole('table')).toContainText('mock-slow');
  await expect(response.locator('strong')).toHaveText('Promptwire mock server');
  const code = response.locator('.markdown-code');
  await expect(code.locator('.markdown-code-language')).toHaveText('typescript');
  // Coloured: highlight.js marked the keyword and the comment.
  await expect(code.locator('.hljs-keyword').first()).toHaveText('function');
  await expect(code.locator('.hljs-comment')).toContainText('Comments, strings and numbers');
  await page.screenshot({ path: testInfo.outputPath('markdown-answer.png') });

  await code.getByRole('button', { name: 'Copy code' }).click();
  await expect(code.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate('navigator.clipboard.readText()');
  expect(copied).toBe(
    [
      'function greet(name: string): string {',
      '  // Comments, strings and numbers are coloured.',
      '  const answer = 42;',
      "  return 'Hello, ' + name + '! The answer is ' + answer + '.';",
      '}',
    ].join('\n'),
  );

  await page.getByLabel('Show the answer as').selectOption('plain');
  await expect(response.getByRole('heading')).toHaveCount(0);
  await expect(response).toContainText('## Mock answer in Markdown');
  await expect(response).toContainText('```typescript');
});
