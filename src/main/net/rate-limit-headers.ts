/** One of the budgets a vendor reports in its rate-limit headers. */
export interface RateLimitBudget {
  /** 'requests', 'tokens', 'input tokens', 'output tokens': as a sentence names them. */
  name: string;
  limit?: number;
  remaining: number;
  /** Until the budget refills, when the vendor said. */
  resetInMs?: number;
}

const openAiBudgets = ['requests', 'tokens'];
const anthropicBudgets = ['requests', 'tokens', 'input-tokens', 'output-tokens'];

/**
 * The budgets in OpenAI's `x-ratelimit-{limit,remaining,reset}-{requests,tokens}` (resets as Go
 * durations such as `6m0s`) and Anthropic's `anthropic-ratelimit-{budget}-{limit,remaining,reset}`
 * (resets as RFC 3339 times). Budgets without a readable `remaining` are left out.
 */
export function readRateLimitBudgets(
  headers: Record<string, string>,
  nowMs: number = Date.now(),
): RateLimitBudget[] {
  const budgets: RateLimitBudget[] = [];
  for (const budget of openAiBudgets) {
    const found = readBudget(budget, {
      limit: headers[`x-ratelimit-limit-${budget}`],
      remaining: headers[`x-ratelimit-remaining-${budget}`],
      resetInMs: parseGoDurationMs(headers[`x-ratelimit-reset-${budget}`]),
    });
    if (found) budgets.push(found);
  }
  for (const budget of anthropicBudgets) {
    const prefix = `anthropic-ratelimit-${budget}`;
    const resetAt = Date.parse(headers[`${prefix}-reset`] ?? '');
    const found = readBudget(budget.replace('-', ' '), {
      limit: headers[`${prefix}-limit`],
      remaining: headers[`${prefix}-remaining`],
      resetInMs: Number.isNaN(resetAt) ? undefined : Math.max(0, resetAt - nowMs),
    });
    if (found) budgets.push(found);
  }
  return budgets;
}

function readBudget(
  name: string,
  raw: { limit: string | undefined; remaining: string | undefined; resetInMs: number | undefined },
): RateLimitBudget | undefined {
  const remaining = wholeNumber(raw.remaining);
  if (remaining === undefined) return undefined;
  const budget: RateLimitBudget = { name, remaining };
  const limit = wholeNumber(raw.limit);
  if (limit !== undefined) budget.limit = limit;
  if (raw.resetInMs !== undefined) budget.resetInMs = raw.resetInMs;
  return budget;
}

/**
 * "0 of 3 requests left, resets in 20 s": the budgets that ran out, or when none did (a burst
 * limit the headers do not show), the one closest to running out. Undefined without headers.
 */
export function describeRateLimit(budgets: readonly RateLimitBudget[]): string | undefined {
  const empty = budgets.filter((budget) => budget.remaining === 0);
  const shown = empty.length > 0 ? empty : lowest(budgets);
  if (shown.length === 0) return undefined;
  return shown.map(describeBudget).join('; ');
}

/** When every empty budget has refilled, to suggest a wait when the server gave no retry-after. */
export function waitUntilRefilledMs(budgets: readonly RateLimitBudget[]): number | undefined {
  const waits = budgets
    .filter((budget) => budget.remaining === 0 && budget.resetInMs !== undefined)
    .map((budget) => budget.resetInMs as number);
  return waits.length > 0 ? Math.max(...waits) : undefined;
}

function lowest(budgets: readonly RateLimitBudget[]): RateLimitBudget[] {
  let best: RateLimitBudget | undefined;
  for (const budget of budgets) {
    if (!best || share(budget) < share(best)) best = budget;
  }
  return best ? [best] : [];
}

function share(budget: RateLimitBudget): number {
  return budget.limit ? budget.remaining / budget.limit : Number.POSITIVE_INFINITY;
}

function describeBudget(budget: RateLimitBudget): string {
  const count = budget.limit === undefined ? `${budget.remaining}` : `${budget.remaining} of ${budget.limit}`;
  const reset = budget.resetInMs === undefined ? '' : `, resets in ${describeReset(budget.resetInMs)}`;
  return `${count} ${budget.name} left${reset}`;
}

function describeReset(milliseconds: number): string {
  if (milliseconds < 1000) return 'under a second';
  const seconds = Math.ceil(milliseconds / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.ceil(minutes / 60)} h`;
}

const durationPart = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;
const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Go's time.Duration text as OpenAI sends it: `6m0s`, `59.76s`, `12ms`, `1h2m3s`. */
export function parseGoDurationMs(text: string | undefined): number | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  let total = 0;
  durationPart.lastIndex = 0;
  while (durationPart.lastIndex < trimmed.length) {
    const match = durationPart.exec(trimmed);
    if (!match) return undefined;
    total += Number.parseFloat(match[1] ?? '0') * (unitMs[match[2] ?? ''] ?? 0);
  }
  return Math.round(total);
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  return Number.parseInt(text, 10);
}
