import { expect, type Locator, type Page, test } from '@playwright/test';
import { request } from 'undici';
import { startMockServer } from '../src/main/mock/mock-server.ts';
import { en } from '../src/shared/locales/en/index.ts';
import { type BrowserHost, startBrowserHost } from './browser-host.ts';

// The slow pane stops after this many tokens: 4 s at the mock's 5 tokens/s, and an answer that
// is a known prefix of the others', so the diff has a known difference.
const slowMaxTokens = 20;
const message = 'Which fruit is the best, comparison check';
const followUp = 'Reply in French please';

let host: BrowserHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host?.stop();
});

/** The mock's answer to a last user message, as a separate mock gives it without streaming. */
async function mockAnswer(userText: string, maxTokens?: number): Promise<string> {
  const mock = await startMockServer({ tokensPerSecond: 0 });
  try {
    const response = await request(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'mock-default',
        messages: [{ role: 'user', content: userText }],
        ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
      }),
    });
    const body = (await response.body.json()) as { choices: { message: { content: string } }[] };
    return body.choices[0]?.message.content ?? '';
  } finally {
    await mock.close();
  }
}

/** "12 ms", "1.05 s" → milliseconds. */
function milliseconds(text: string): number {
  const match = /([\d.,]+)\s*(ms|s)/.exec(text);
  if (!match?.[1]) throw new Error(`not a duration: ${text}`);
  const value = Number(match[1].replace(/,/g, ''));
  return match[2] === 's' ? value * 1000 : value;
}

function dollars(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

async function setPrices(page: Page): Promise<void> {
  await page.getByRole('button', { name: en.ui.profiles.settingsLabel }).click();
  const settings = page.getByRole('dialog', { name: en.ui.profiles.settings.title });
  const prices = [
    { model: 'mock-fast', input: '2.5', output: '10' },
    { model: 'mock-429-once', input: '0.5', output: '1' },
  ];
  for (const [index, price] of prices.entries()) {
    const number = index + 1;
    await settings.getByRole('button', { name: en.ui.profiles.prices.add, exact: true }).click();
    await settings.getByRole('combobox', { name: `Model of price ${number}` }).fill(price.model);
    await settings
      .getByRole('textbox', { name: `Input dollars per million tokens, price ${number}` })
      .fill(price.input);
    await settings
      .getByRole('textbox', { name: `Output dollars per million tokens, price ${number}` })
      .fill(price.output);
  }
  await settings.getByRole('button', { name: en.ui.profiles.settings.save }).click();
  await expect(settings).toBeHidden();
}

function pane(page: Page, index: number): Locator {
  return page.getByTestId('compare-pane').nth(index);
}

test('four models side by side: streams, ranking, diff, panes, save and reopen, follow-up', async ({
  page,
}) => {
  const fullAnswer = await mockAnswer(message);
  const slowAnswer = await mockAnswer(message, slowMaxTokens);
  expect(fullAnswer.startsWith(slowAnswer.trimEnd())).toBe(true);

  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('mock');
  await setPrices(page);
  // The comparison starts from the composer's conversation.
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByRole('button', { name: en.ui.views.compare, exact: true }).click();
  await expect(page.getByRole('button', { name: en.ui.views.compare, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(message);

  // Two panes to start; duplicating makes four, each then given its model.
  const panes = page.getByTestId('compare-pane');
  await expect(panes).toHaveCount(2);
  await pane(page, 0).getByRole('button', { name: 'Duplicate pane 1' }).click();
  await pane(page, 0).getByRole('button', { name: 'Duplicate pane 1' }).click();
  await expect(panes).toHaveCount(4);
  const models = ['mock-fast', 'mock-slow', 'mock-stream-error', 'mock-429-once'];
  for (const [index, model] of models.entries()) {
    await pane(page, index).getByLabel('Model', { exact: true }).fill(model);
  }
  await pane(page, 1).getByText(en.ui.compare.pane.parametersDefault).click();
  await pane(page, 1).getByLabel('Max tokens').fill(String(slowMaxTokens));
  const [fast, slow, failing, retried] = [0, 1, 2, 3].map((index) => pane(page, index)) as [
    Locator,
    Locator,
    Locator,
    Locator,
  ];
  await expect(fast).toHaveAccessibleName('Pane 1 · mock-fast');

  // Ctrl+Enter from any field sends to all, as in the composer.
  await page.getByLabel('Message', { exact: true }).press('Control+Enter');

  // The failing pane shows its alert while the slow one is still streaming.
  const alert = failing.getByRole('alert');
  await expect(alert).toContainText(en.hints['stream-vendor-error']);
  await expect(slow.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expect(failing.getByTestId('pane-answer')).toContainText('Hi! This is the Promptwire mock');

  await expect(fast.getByTestId('pane-answer')).toContainText(fullAnswer);
  await expect(retried.getByTestId('pane-answer')).toContainText(fullAnswer);
  await expect(retried.getByTestId('attempt-1')).toContainText('429');
  await expect(retried.getByTestId('attempt-2')).toContainText('200');
  await expect(slow.getByTestId('metric-finish-reason')).toHaveText('length', { timeout: 15_000 });
  await expect(slow.getByTestId('pane-answer')).toContainText(slowAnswer.trimEnd());
  await expect(page.getByRole('button', { name: 'Send to all', exact: true })).toBeVisible();

  // Metrics in every pane; the summary ranks the finished ones and agrees with them.
  for (const finished of [fast, slow, retried]) {
    await expect(finished.getByTestId('metric-status')).toHaveText('200');
    await expect(finished.getByTestId('metric-first-token')).toHaveText(/\d+(\.\d+)?\s*(ms|s)/);
    await expect(finished.getByTestId('metric-total')).toHaveText(/\d+(\.\d+)?\s*(ms|s)/);
    await expect(finished.getByTestId('metric-tokens-per-second')).toHaveText(/\d/);
  }
  await expect(failing.getByTestId('metric-finish-reason')).toHaveText('—');
  const totals = await Promise.all(
    [fast, slow, retried].map(async (finished) =>
      milliseconds(await finished.getByTestId('metric-total').innerText()),
    ),
  );
  expect(totals[0]).toBe(Math.min(...totals));
  await expect(page.getByTestId('summary-fastest')).toHaveText('Fastest: Pane 1 · mock-fast');
  await expect(fast.getByTestId('pane-fastest')).toBeVisible();
  await expect(page.getByTestId('pane-fastest')).toHaveCount(1);
  const summaryTotals = page.getByTestId('summary-row-totalMs').getByRole('cell');
  await expect(summaryTotals.nth(0)).toContainText(await fast.getByTestId('metric-total').innerText());
  await expect(summaryTotals.nth(0)).toContainText('#1');
  await expect(summaryTotals.nth(2)).not.toContainText('#');

  // Both priced panes have a cost; the cheaper one is named, and its cost is the lower.
  const fastCost = dollars(await fast.getByTestId('metric-cost').innerText());
  const retriedCost = dollars(await retried.getByTestId('metric-cost').innerText());
  expect(retriedCost).toBeLessThan(fastCost);
  await expect(page.getByTestId('summary-cheapest')).toHaveText('Cheapest: Pane 4 · mock-429-once');
  await expect(retried.getByTestId('pane-cheapest')).toBeVisible();
  await expect(slow.getByTestId('metric-cost')).toHaveText('—');

  // The diff of the full answer and the slow pane's cut one: only the tail differs, as a deletion.
  await page
    .getByLabel(en.ui.compare.diff.left, { exact: true })
    .selectOption({ label: 'Pane 1 · mock-fast' });
  await page
    .getByLabel(en.ui.compare.diff.right, { exact: true })
    .selectOption({ label: 'Pane 2 · mock-slow' });
  const diff = page.getByTestId('answer-diff');
  const tail = fullAnswer.slice(slowAnswer.trimEnd().length).trim();
  await expect(diff.locator('ins')).toHaveCount(0);
  await expect(diff.locator('del')).toHaveCount(1);
  await expect(diff.locator('del')).toHaveText(tail);
  await expect(page.getByTestId('diff-counts')).toContainText(
    /^\d+ words only in Pane 1 · mock-fast, 0 only in/,
  );

  // A duplicate beside pane 1 gets another model and runs alone; the failing pane goes.
  await fast.getByRole('button', { name: 'Duplicate pane 1' }).click();
  await expect(panes).toHaveCount(5);
  const added = pane(page, 1);
  await expect(added.getByLabel('Model', { exact: true })).toHaveValue('mock-fast');
  await added.getByLabel('Model', { exact: true }).fill('mock-default');
  await expect(added).toContainText(en.ui.compare.pane.notSent);
  await added.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(added.getByTestId('pane-answer')).toContainText(fullAnswer, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Remove pane 4' }).click();
  await expect(panes).toHaveCount(4);
  // Reordered and back: each pane keeps its own settings and answer.
  await page.getByRole('button', { name: 'Move pane 1 right' }).click();
  await expect(pane(page, 0)).toHaveAccessibleName('Pane 1 · mock-default');
  await expect(pane(page, 1).getByTestId('pane-answer')).toContainText(fullAnswer);
  await page.getByRole('button', { name: 'Move pane 2 left' }).click();
  const savedModels = ['mock-fast', 'mock-default', 'mock-slow', 'mock-429-once'];
  for (const [index, model] of savedModels.entries()) {
    await expect(pane(page, index)).toHaveAccessibleName(`Pane ${index + 1} · ${model}`);
  }

  // Saved, then reopened after a reload: the conversation, the panes and their answers return.
  const name = `Fruit, four models ${Date.now()}`;
  await page.getByLabel(en.ui.compare.name.label).fill(name);
  await page.getByRole('button', { name: en.ui.compare.save, exact: true }).click();
  await expect(page.getByRole('button', { name: `Open ${name}` })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await expect(page.getByLabel(en.ui.compare.name.label)).toHaveValue(name);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(message);
  await expect(panes).toHaveCount(4);
  for (const [index, model] of savedModels.entries()) {
    await expect(pane(page, index).getByLabel('Model', { exact: true })).toHaveValue(model);
  }
  await expect(pane(page, 0).getByTestId('pane-answer')).toContainText(fullAnswer);
  await expect(pane(page, 2).getByTestId('pane-answer')).toContainText(slowAnswer.trimEnd());
  await expect(pane(page, 2).getByLabel('Max tokens')).toHaveValue(String(slowMaxTokens));

  // A follow-up goes to every pane, after that pane's own answer.
  await page.getByLabel(en.ui.compare.followUp.label, { exact: true }).fill(followUp);
  await page.getByRole('button', { name: en.ui.compare.followUp.send }).click();
  const followUpAnswer = await mockAnswer(followUp);
  const slowFollowUpAnswer = await mockAnswer(followUp, slowMaxTokens);
  for (const index of [0, 1, 3]) {
    await expect(pane(page, index).getByTestId('pane-answer')).toContainText(followUpAnswer, {
      timeout: 15_000,
    });
  }
  await expect(pane(page, 2).getByTestId('pane-answer')).toContainText(slowFollowUpAnswer.trimEnd(), {
    timeout: 15_000,
  });
  // Each pane's request continues its own conversation: its first answer, then the follow-up.
  await pane(page, 0).getByRole('tab', { name: 'Raw' }).click();
  const raw = pane(page, 0).getByRole('tabpanel');
  await expect(raw).toContainText('"role": "assistant"');
  await expect(raw).toContainText(followUp);
  await expect(raw).toContainText(fullAnswer.slice(0, 40));
});

test('a missing model stops Send to all with its own message; only Save asks for a name', async ({
  page,
}) => {
  const host = await startBrowserHost();
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const panes = page.getByTestId('compare-pane');
    await panes.nth(1).getByLabel('Model', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Send to all' }).click();
    await expect(panes.nth(1)).toContainText('Enter a model name.');
    await expect(page.getByText('Give the comparison a name to save it.')).toBeHidden();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Give the comparison a name to save it.')).toBeVisible();
  } finally {
    await host.stop();
  }
});
