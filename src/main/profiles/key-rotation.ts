import type { KeySlot, KeySource } from '../../shared/profile-schemas.ts';
import type { KeyOutcome, KeyPool, PooledKey } from '../chat/key-pool.ts';

/** One key of a profile with what the runs so far have learnt about it. Never leaves main. */
export interface KeyEntry {
  /** Random, never derived from the key. */
  id: string;
  key: string;
  /** stored: also on disk, encrypted; session: only in this process's memory. */
  source: KeySource;
  state: 'unused' | 'ok' | 'rejected' | 'exhausted';
  /** Epoch milliseconds; the key rests until then after a 429. */
  rateLimitedUntil?: number;
}

// Shorter keys would be mostly revealed by their last four characters.
const shortestKeyShowingLastFour = 12;

export function lastFourOf(key: string): string | undefined {
  return key.length >= shortestKeyShowingLastFour ? key.slice(-4) : undefined;
}

export function isHealthy(entry: KeyEntry, nowMs: number): boolean {
  if (entry.state === 'rejected' || entry.state === 'exhausted') return false;
  return entry.rateLimitedUntil === undefined || entry.rateLimitedUntil <= nowMs;
}

/**
 * The key to use now among `entries` (in rotation order): the first healthy one; else the
 * rate-limited one that frees up first; else the first, so sending shows the vendor's own answer.
 */
export function pickCurrent(entries: readonly KeyEntry[], nowMs: number): KeyEntry | undefined {
  const healthy = entries.find((entry) => isHealthy(entry, nowMs));
  if (healthy) return healthy;
  let soonest: KeyEntry | undefined;
  for (const entry of entries) {
    if (entry.state === 'rejected' || entry.state === 'exhausted') continue;
    if (!soonest || (entry.rateLimitedUntil ?? 0) < (soonest.rateLimitedUntil ?? 0)) soonest = entry;
  }
  return soonest ?? entries[0];
}

export function applyOutcome(entry: KeyEntry, outcome: KeyOutcome): void {
  switch (outcome.kind) {
    case 'ok':
      entry.state = 'ok';
      delete entry.rateLimitedUntil;
      return;
    case 'rate-limited':
      // A 429 also proves the key is genuine, so an unused key counts as working from now on.
      if (entry.state === 'unused') entry.state = 'ok';
      entry.rateLimitedUntil = outcome.untilMs;
      return;
    case 'rejected':
    case 'exhausted':
      entry.state = outcome.kind;
      delete entry.rateLimitedUntil;
      return;
  }
}

/** What the window may see of a key: never the key itself. */
export function toKeySlot(entry: KeyEntry, nowMs: number): KeySlot {
  const slot: KeySlot = { id: entry.id, source: entry.source, state: slotStateOf(entry, nowMs) };
  const lastFour = lastFourOf(entry.key);
  if (lastFour !== undefined) slot.lastFour = lastFour;
  if (slot.state === 'rate-limited' && entry.rateLimitedUntil !== undefined) {
    slot.rateLimitedUntil = entry.rateLimitedUntil;
  }
  return slot;
}

function slotStateOf(entry: KeyEntry, nowMs: number): KeySlot['state'] {
  if (entry.state === 'rejected' || entry.state === 'exhausted') return entry.state;
  if (entry.rateLimitedUntil !== undefined && entry.rateLimitedUntil > nowMs) return 'rate-limited';
  return entry.state;
}

export function toPooledKey(entry: KeyEntry): PooledKey {
  const pooled: PooledKey = { id: entry.id, key: entry.key };
  const lastFour = lastFourOf(entry.key);
  if (lastFour !== undefined) pooled.lastFour = lastFour;
  return pooled;
}

/** A live view on a profile's keys: every call reads the current list, so edits apply at once. */
export function createKeyPool(entries: () => KeyEntry[], now: () => number = Date.now): KeyPool {
  return {
    current() {
      const entry = pickCurrent(entries(), now());
      return entry && toPooledKey(entry);
    },
    report(keyId, outcome) {
      const entry = entries().find((candidate) => candidate.id === keyId);
      // A key removed while its request ran has nothing left to update.
      if (entry) applyOutcome(entry, outcome);
    },
    next(excludedKeyIds = new Set()) {
      const nowMs = now();
      const entry = entries().find(
        (candidate) => isHealthy(candidate, nowMs) && !excludedKeyIds.has(candidate.id),
      );
      return entry && toPooledKey(entry);
    },
  };
}
