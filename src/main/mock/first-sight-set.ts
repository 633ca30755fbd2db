import { createHash } from 'node:crypto';

/**
 * Remembers which conversations were already seen, forgetting the oldest beyond `capacity` so a
 * long-running mock cannot grow without bound.
 */
export class FirstSightSet {
  private readonly seen = new Set<string>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** True the first time a value is offered (and records it), false afterwards. */
  isFirstSight(value: unknown): boolean {
    const key = createHash('sha256').update(JSON.stringify(value)).digest('hex');
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
