/** One of a profile's keys as a run uses it; the id is opaque and says nothing about the key. */
export interface PooledKey {
  id: string;
  key: string;
  /** Only for keys of 12 characters or more: a shorter key would be mostly revealed. */
  lastFour?: string;
}

/** What one attempt taught about the key it used. */
export type KeyOutcome =
  | { kind: 'ok' }
  /** 429: usable again at `untilMs` (epoch milliseconds). */
  | { kind: 'rate-limited'; untilMs: number }
  /** 401: stays rejected until the key is replaced or added again. */
  | { kind: 'rejected' }
  /** Out of quota or credit: waiting will not help, like a rejected key. */
  | { kind: 'exhausted' };

/**
 * A profile's keys with their health, held by the main process across runs and handed to each
 * run, so provider adapters stay stateless and every run learns from the ones before it.
 */
export interface KeyPool {
  /**
   * The key the next request should use: the first healthy one in rotation order; when none is
   * healthy, the rate-limited one that frees up first; when all are rejected, the first (sending
   * shows the vendor's real answer rather than a guess). Undefined when the profile has no key.
   */
  current(): PooledKey | undefined;
  report(keyId: string, outcome: KeyOutcome): void;
  /** The first healthy key not among `excludedKeyIds`, for an immediate switch; undefined if none. */
  next(excludedKeyIds?: ReadonlySet<string>): PooledKey | undefined;
}
