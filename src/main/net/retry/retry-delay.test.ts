import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.ts';
import { cancellableWait } from './cancellable-wait.ts';
import { retryDelayMs } from './retry-delay.ts';

const sdkDefaults = { initialDelayMs: 500, maxDelayMs: 8000 };

describe('backoffDelayMs', () => {
  it('doubles from the initial delay up to the maximum', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5].map((retries) => backoffDelayMs(retries, sdkDefaults, noJitter))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
  });

  it('shortens each wait by at most a quarter', () => {
    expect(backoffDelayMs(0, sdkDefaults, () => 0.999_999)).toBe(375);
    expect(backoffDelayMs(3, sdkDefaults, () => 0.5)).toBe(3500);
  });
});

describe('retryDelayMs', () => {
  it('follows a reasonable server hint', () => {
    expect(retryDelayMs({ retryAfterMs: 1500 }, 0, sdkDefaults)).toBe(1500);
    expect(retryDelayMs({ retryAfterMs: 60_000 }, 0, sdkDefaults)).toBe(60_000);
  });

  it('backs off instead when the hint is missing, zero or over a minute', () => {
    const noJitter = () => 0;
    expect(retryDelayMs({}, 1, sdkDefaults, noJitter)).toBe(1000);
    expect(retryDelayMs({ retryAfterMs: 0 }, 1, sdkDefaults, noJitter)).toBe(1000);
    expect(retryDelayMs({ retryAfterMs: 3_600_000 }, 2, sdkDefaults, noJitter)).toBe(2000);
  });
});

describe('cancellableWait', () => {
  it('resolves true after the whole wait, false at once when cancelled', async () => {
    expect(await cancellableWait(5, new AbortController().signal)).toBe(true);
    const controller = new AbortController();
    const started = performance.now();
    const waiting = cancellableWait(10_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await cancellableWait(10_000, controller.signal)).toBe(false);
  });
});
