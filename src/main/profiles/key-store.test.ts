import { describe, expect, it } from 'vitest';
import { createKeyStore, type KeyProfile } from './key-store.ts';

// What the key store reads of a profile: its id and where its environment key comes from.
const openAi: KeyProfile = {
  id: 'openai',
  key: { requirement: 'required', environmentVariable: 'OPENAI_API_KEY' },
};
const mock: KeyProfile = { id: 'mock', key: { requirement: 'not-needed' } };
const environmentKey = 'sk-environment-key-1234';

describe('key store rotation', () => {
  it('lists typed keys first, then the environment’s, each with an opaque id and no key', () => {
    const store = createKeyStore({ OPENAI_API_KEY: environmentKey });
    store.set('openai', 'sk-typed-key-one-aaaa');
    store.add('openai', 'sk-typed-key-two-bbbb');
    const slots = store.slots(openAi);
    expect(slots.map((slot) => [slot.lastFour, slot.source, slot.state])).toEqual([
      ['aaaa', 'session', 'unused'],
      ['bbbb', 'session', 'unused'],
      ['1234', 'environment', 'unused'],
    ]);
    for (const slot of slots) {
      expect(slot.id).toMatch(/^key_[\w-]{12}$/);
      expect(slot.id).not.toContain(slot.lastFour);
    }
    expect(new Set(slots.map((slot) => slot.id)).size).toBe(3);
    expect(JSON.stringify(slots)).not.toContain('typed-key');
  });

  it('keeps ids stable across reads, and gives a changed environment key a fresh slot', () => {
    const environment: NodeJS.ProcessEnv = { OPENAI_API_KEY: environmentKey };
    const store = createKeyStore(environment);
    const pool = store.pool(openAi);
    const first = store.slots(openAi)[0]?.id;
    expect(store.slots(openAi)[0]?.id).toBe(first);
    pool.report(first ?? '', { kind: 'rejected' });
    expect(store.slots(openAi)[0]?.state).toBe('rejected');
    environment.OPENAI_API_KEY = 'sk-environment-key-5678';
    expect(store.slots(openAi)[0]).toMatchObject({ lastFour: '5678', state: 'unused' });
    expect(store.slots(openAi)[0]?.id).not.toBe(first);
  });

  it('hides the last four characters of a short key', () => {
    const store = createKeyStore({});
    store.set('openai', 'short-key');
    expect(store.slots(openAi)[0]?.lastFour).toBeUndefined();
    expect(store.status(openAi)).toEqual({ configured: true, source: 'session' });
  });

  it('replaces typed keys on set, removes one by id, clears all typed keys but not the environment’s', () => {
    const store = createKeyStore({ OPENAI_API_KEY: environmentKey });
    store.add('openai', 'sk-typed-key-one-aaaa');
    store.add('openai', 'sk-typed-key-two-bbbb');
    const [one, two, fromEnvironment] = store.slots(openAi);
    expect(store.remove(openAi, one?.id ?? '')).toBe('removed');
    expect(store.slots(openAi).map((slot) => slot.id)).toEqual([two?.id, fromEnvironment?.id]);
    expect(store.remove(openAi, fromEnvironment?.id ?? '')).toBe('environment');
    expect(store.remove(openAi, 'key_unknown')).toBe('unknown');
    store.set('openai', 'sk-typed-key-new-cccc');
    expect(store.slots(openAi).map((slot) => slot.lastFour)).toEqual(['cccc', '1234']);
    store.clear('openai');
    expect(store.slots(openAi).map((slot) => slot.source)).toEqual(['environment']);
  });

  it('starts a key pasted again afresh instead of listing it twice', () => {
    const store = createKeyStore({});
    store.add('openai', 'sk-typed-key-one-aaaa');
    store.add('openai', 'sk-typed-key-two-bbbb');
    const pool = store.pool(openAi);
    const rejectedId = store.slots(openAi)[0]?.id ?? '';
    pool.report(rejectedId, { kind: 'rejected' });
    store.add('openai', 'sk-typed-key-one-aaaa');
    const slots = store.slots(openAi);
    expect(slots.map((slot) => [slot.lastFour, slot.state])).toEqual([
      ['bbbb', 'unused'],
      ['aaaa', 'unused'],
    ]);
    expect(slots[1]?.id).not.toBe(rejectedId);
  });
});

describe('key pool', () => {
  it('hands out the first healthy key, and the status follows it', () => {
    let now = 1_000_000;
    const store = createKeyStore({ OPENAI_API_KEY: environmentKey }, () => now);
    store.add('openai', 'sk-typed-key-one-aaaa');
    const pool = store.pool(openAi);
    const first = pool.current();
    expect(first?.lastFour).toBe('aaaa');
    pool.report(first?.id ?? '', { kind: 'rate-limited', untilMs: now + 5000 });
    expect(pool.current()?.lastFour).toBe('1234');
    expect(store.status(openAi)).toEqual({ configured: true, source: 'environment', lastFour: '1234' });
    expect(store.slots(openAi)[0]).toMatchObject({ state: 'rate-limited', rateLimitedUntil: now + 5000 });

    now += 5000;
    expect(pool.current()?.lastFour).toBe('aaaa');
    // A 429 proves the key genuine: once rested it counts as working.
    expect(store.slots(openAi)[0]).toEqual(expect.objectContaining({ state: 'ok' }));
    expect(store.slots(openAi)[0]?.rateLimitedUntil).toBeUndefined();
  });

  it('offers another healthy key for a switch, skipping the ones already tried', () => {
    const store = createKeyStore({});
    store.add('openai', 'sk-typed-key-one-aaaa');
    store.add('openai', 'sk-typed-key-two-bbbb');
    const pool = store.pool(openAi);
    const [one, two] = store.slots(openAi);
    expect(pool.next(new Set([one?.id ?? '']))?.lastFour).toBe('bbbb');
    expect(pool.next(new Set([one?.id ?? '', two?.id ?? '']))).toBeUndefined();
  });

  it('when no key is healthy, uses the one that frees up first, and the first one when all are rejected', () => {
    const now = 1_000_000;
    const store = createKeyStore({}, () => now);
    store.add('openai', 'sk-typed-key-one-aaaa');
    store.add('openai', 'sk-typed-key-two-bbbb');
    const pool = store.pool(openAi);
    const [one, two] = store.slots(openAi);
    pool.report(one?.id ?? '', { kind: 'rate-limited', untilMs: now + 9000 });
    pool.report(two?.id ?? '', { kind: 'rate-limited', untilMs: now + 2000 });
    expect(pool.next()).toBeUndefined();
    expect(pool.current()?.lastFour).toBe('bbbb');
    pool.report(one?.id ?? '', { kind: 'rejected' });
    pool.report(two?.id ?? '', { kind: 'exhausted' });
    expect(pool.current()?.lastFour).toBe('aaaa');
    expect(store.slots(openAi).map((slot) => slot.state)).toEqual(['rejected', 'exhausted']);
  });

  it('has no key for a profile without one', () => {
    const store = createKeyStore({});
    expect(store.pool(mock).current()).toBeUndefined();
    expect(store.slots(mock)).toEqual([]);
    expect(store.status(mock)).toEqual({ configured: false, source: 'not-needed' });
  });
});
