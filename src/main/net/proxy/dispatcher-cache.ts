import type { Dispatcher } from 'undici';

/**
 * Dispatchers by the key of what they were built from (route, TLS, connect timeout), so requests
 * with the same settings share keep-alive connections. A few settings are live at once; the
 * oldest beyond that is closed, which lets its running requests finish first.
 */
export interface DispatcherCache {
  /** The dispatcher for this key, marked as just used; undefined when none was built yet. */
  find(key: string): Dispatcher | undefined;
  add(key: string, dispatcher: Dispatcher): void;
  readonly size: number;
  /** Closes every dispatcher; running requests finish first. */
  close(): Promise<void>;
}

export function createDispatcherCache(limit = 16): DispatcherCache {
  const dispatchers = new Map<string, Dispatcher>();
  const closing = new Set<Promise<void>>();
  const retire = (dispatcher: Dispatcher) => {
    const done = dispatcher.close().catch(() => {});
    closing.add(done);
    void done.finally(() => closing.delete(done));
  };

  return {
    find(key) {
      const existing = dispatchers.get(key);
      if (existing) {
        // Most recently used goes last, so the first entry is always the one to retire.
        dispatchers.delete(key);
        dispatchers.set(key, existing);
      }
      return existing;
    },
    add(key, dispatcher) {
      const replaced = dispatchers.get(key);
      if (replaced && replaced !== dispatcher) retire(replaced);
      dispatchers.delete(key);
      dispatchers.set(key, dispatcher);
      if (dispatchers.size <= limit) return;
      const [oldestKey, oldest] = dispatchers.entries().next().value ?? [];
      if (oldestKey === undefined || !oldest) return;
      dispatchers.delete(oldestKey);
      retire(oldest);
    },
    get size() {
      return dispatchers.size;
    },
    async close() {
      for (const dispatcher of dispatchers.values()) retire(dispatcher);
      dispatchers.clear();
      await Promise.allSettled([...closing]);
    },
  };
}
