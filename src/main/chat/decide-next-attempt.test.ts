import { describe, expect, it } from 'vitest';
import { classifyHttpFailure } from '../net/classify-http-error.ts';
import type { AttemptFailure } from '../net/retry/attempt-failure.ts';
import { createKeyPool, type KeyEntry } from '../profiles/key-rotation.ts';
import { decideNextAttempt, keyOutcomeFor } from './decide-next-attempt.ts';

const retry = { maxRetries: 2, initialDelayMs: 100, maxDelayMs: 1000 };
const noJitter = () => 0;
const nowMs = 1_000_000;

const http = (status: number, headers: Record<string, string> = {}, body = ''): AttemptFailure =>
  classifyHttpFailure({ status, body, headers, host: 'h' });

function entries(): KeyEntry[] {
  return [
    { id: 'a', key: 'sk-first-key-0000aaaa', source: 'session', state: 'unused' },
    { id: 'b', key: 'sk-second-key-000bbbb', source: 'session', state: 'unused' },
  ];
}

function decide(failure: AttemptFailure, extra: Partial<Parameters<typeof decideNextAttempt>[0]> = {}) {
  return decideNextAttempt({
    failure,
    retriesMade: 0,
    retry,
    triedKeyIds: new Set(),
    remainingMs: 60_000,
    nowMs,
    random: noJitter,
    ...extra,
  });
}

describe('decideNextAttempt', () => {
  it('waits the backoff before retrying a server error, up to maxRetries', () => {
    expect(decide(http(500))).toEqual({ kind: 'wait', delayMs: 100 });
    expect(decide(http(500), { retriesMade: 1 })).toEqual({ kind: 'wait', delayMs: 200 });
    expect(decide(http(500), { retriesMade: 2 })).toEqual({ kind: 'give-up' });
  });

  it('gives up on what waiting cannot fix, and on a wait past the total deadline', () => {
    expect(decide(http(400))).toEqual({ kind: 'give-up' });
    expect(decide(http(401))).toEqual({ kind: 'give-up' });
    expect(decide({ ...http(500), kind: 'timeout' })).toEqual({ kind: 'give-up' });
    expect(decide({ ...http(500), kind: 'cancelled' })).toEqual({ kind: 'give-up' });
    expect(decide(http(429, { 'retry-after': '30' }), { remainingMs: 10_000 })).toEqual({ kind: 'give-up' });
  });

  it('switches key at once on a 401 and on a 429, without using up a retry', () => {
    for (const failure of [http(401), http(429, { 'retry-after': '5' })]) {
      const list = entries();
      const keys = createKeyPool(
        () => list,
        () => nowMs,
      );
      const decision = decide(failure, {
        keys,
        usedKey: { id: 'a', key: 'sk-first-key-0000aaaa' },
        triedKeyIds: new Set(['a']),
        retriesMade: 2,
      });
      expect(decision).toMatchObject({ kind: 'switch-key', key: { id: 'b', lastFour: 'bbbb' } });
    }
  });

  it('waits with the key that frees up first when every key is rate-limited', () => {
    const list = entries();
    const keys = createKeyPool(
      () => list,
      () => nowMs,
    );
    keys.report('b', { kind: 'rate-limited', untilMs: nowMs + 10_000 });
    const decision = decide(http(429, { 'retry-after-ms': '300' }), {
      keys,
      usedKey: { id: 'a', key: 'sk-first-key-0000aaaa' },
      triedKeyIds: new Set(['a', 'b']),
    });
    expect(decision).toMatchObject({ kind: 'wait', delayMs: 300, key: { id: 'a' } });
    expect(list[0]).toMatchObject({ state: 'ok', rateLimitedUntil: nowMs + 300 });
  });

  it('leaves the key alone when the server, not the key, failed', () => {
    const list = entries();
    const keys = createKeyPool(
      () => list,
      () => nowMs,
    );
    const decision = decide(http(503), { keys, usedKey: { id: 'a', key: 'k' }, triedKeyIds: new Set(['a']) });
    expect(decision).toMatchObject({ kind: 'wait', key: { id: 'a' } });
    expect(list[0]?.state).toBe('unused');
  });
});

describe('keyOutcomeFor', () => {
  it('reads what a failure says about the key', () => {
    const quota = http(
      429,
      {},
      JSON.stringify({ error: { type: 'insufficient_quota', code: 'insufficient_quota' } }),
    );
    expect(keyOutcomeFor(quota, nowMs, 100)).toEqual({ kind: 'exhausted' });
    expect(keyOutcomeFor(http(402), nowMs, 100)).toEqual({ kind: 'exhausted' });
    expect(keyOutcomeFor(http(401), nowMs, 100)).toEqual({ kind: 'rejected' });
    // A rest longer than the wait a retry would accept is still the truth about the key.
    expect(keyOutcomeFor(http(429, { 'retry-after': '120' }), nowMs, 100)).toEqual({
      kind: 'rate-limited',
      untilMs: nowMs + 120_000,
    });
    expect(keyOutcomeFor(http(429), nowMs, 250)).toEqual({ kind: 'rate-limited', untilMs: nowMs + 250 });
    expect(keyOutcomeFor(http(500), nowMs, 100)).toBeUndefined();
  });
});
