import { describe, expect, it } from 'vitest';
import { readFixture } from '../providers/wire-fixtures.ts';
import {
  describeRateLimit,
  parseGoDurationMs,
  readRateLimitBudgets,
  waitUntilRefilledMs,
} from './rate-limit-headers.ts';

function headersOf(fixture: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFixture(`wire/${fixture}`).split('\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

describe('parseGoDurationMs', () => {
  it('reads the durations OpenAI sends', () => {
    expect(parseGoDurationMs('6m0s')).toBe(360_000);
    expect(parseGoDurationMs('12ms')).toBe(12);
    expect(parseGoDurationMs('59.76s')).toBe(59_760);
    expect(parseGoDurationMs('1h2m3s')).toBe(3_723_000);
    expect(parseGoDurationMs('soon')).toBeUndefined();
    expect(parseGoDurationMs('6m0sx')).toBeUndefined();
    expect(parseGoDurationMs(undefined)).toBeUndefined();
  });
});

describe('readRateLimitBudgets', () => {
  it('reads OpenAI’s x-ratelimit headers from a real answer', () => {
    expect(readRateLimitBudgets(headersOf('openai_headers_ratelimit.http'))).toEqual([
      { name: 'requests', limit: 5000, remaining: 4999, resetInMs: 12 },
      { name: 'tokens', limit: 800_000, remaining: 799_986, resetInMs: 1 },
    ]);
  });

  it('reads Anthropic’s headers, with resets as times', () => {
    const now = Date.parse('2025-08-21T12:40:40Z');
    const budgets = readRateLimitBudgets(headersOf('anthropic_headers_ratelimit.http'), now);
    expect(budgets.map((budget) => budget.name)).toEqual([
      'requests',
      'tokens',
      'input tokens',
      'output tokens',
    ]);
    expect(budgets[0]).toEqual({ name: 'requests', limit: 1000, remaining: 999, resetInMs: 19_000 });
  });
});

describe('describeRateLimit', () => {
  it('names the empty budget and when it refills', () => {
    const budgets = readRateLimitBudgets({
      'x-ratelimit-limit-requests': '3',
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': '20s',
      'x-ratelimit-limit-tokens': '40000',
      'x-ratelimit-remaining-tokens': '39000',
      'x-ratelimit-reset-tokens': '6m0s',
    });
    expect(describeRateLimit(budgets)).toBe('0 of 3 requests left, resets in 20 s');
    expect(waitUntilRefilledMs(budgets)).toBe(20_000);
  });

  it('names the budget closest to empty when none is, and nothing without headers', () => {
    const now = Date.parse('2025-08-21T12:40:00Z');
    const budgets = readRateLimitBudgets(
      {
        'anthropic-ratelimit-requests-limit': '50',
        'anthropic-ratelimit-requests-remaining': '40',
        'anthropic-ratelimit-output-tokens-limit': '8000',
        'anthropic-ratelimit-output-tokens-remaining': '12',
        'anthropic-ratelimit-output-tokens-reset': '2025-08-21T12:46:00Z',
      },
      now,
    );
    expect(describeRateLimit(budgets)).toBe('12 of 8000 output tokens left, resets in 6 min');
    expect(describeRateLimit([])).toBeUndefined();
  });
});
