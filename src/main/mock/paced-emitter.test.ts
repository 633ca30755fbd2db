import { describe, expect, it } from 'vitest';
import { emitPaced } from './paced-emitter.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pendingTimeouts = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('emitPaced', () => {
  it('emits everything at once and finishes when the rate is 0', () => {
    const emitted: number[] = [];
    let finished = false;
    emitPaced(
      5,
      0,
      (index) => emitted.push(index),
      () => {
        finished = true;
      },
    );
    expect(emitted).toEqual([0, 1, 2, 3, 4]);
    expect(finished).toBe(true);
  });

  it('spreads emissions over time at the given rate, in order', async () => {
    const times: number[] = [];
    const started = performance.now();
    await new Promise<void>((resolve) => {
      emitPaced(10, 100, () => times.push(performance.now() - started), resolve);
    });
    expect(times).toHaveLength(10);
    // The tenth token is due at 100 ms; timers never fire early.
    expect(times.at(-1)).toBeGreaterThanOrEqual(95);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('stops emitting, never finishes and leaves no timer behind once cancelled', async () => {
    const before = pendingTimeouts();
    let emitted = 0;
    let finished = false;
    const cancel = emitPaced(
      100,
      100,
      () => {
        emitted += 1;
      },
      () => {
        finished = true;
      },
    );
    expect(pendingTimeouts()).toBe(before + 1);
    await sleep(60);
    cancel();
    const atCancel = emitted;
    expect(atCancel).toBeGreaterThan(0);
    expect(pendingTimeouts()).toBe(before);
    await sleep(60);
    expect(emitted).toBe(atCancel);
    expect(finished).toBe(false);
    cancel();
  });
});
