import { describe, expect, it } from 'vitest';
import { describeWait, readRetryAfterMs } from './retry-after.ts';

describe('readRetryAfterMs', () => {
  const now = Date.parse('2025-08-21T12:41:00Z');

  it('prefers retry-after-ms, then retry-after seconds or date', () => {
    expect(readRetryAfterMs({ 'retry-after-ms': '1500.5', 'retry-after': '9' }, now)).toBe(1500.5);
    expect(readRetryAfterMs({ 'retry-after': '9' }, now)).toBe(9000);
    expect(readRetryAfterMs({ 'retry-after': '0.5' }, now)).toBe(500);
    expect(readRetryAfterMs({ 'retry-after': 'Thu, 21 Aug 2025 12:42:00 GMT' }, now)).toBe(60_000);
  });

  it('never returns a negative wait or a made-up one', () => {
    expect(readRetryAfterMs({ 'retry-after': 'Thu, 21 Aug 2025 12:00:00 GMT' }, now)).toBe(0);
    expect(readRetryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(readRetryAfterMs({ 'retry-after-ms': 'abc' }, now)).toBeUndefined();
    expect(readRetryAfterMs({}, now)).toBeUndefined();
  });
});

describe('describeWait', () => {
  it('reads naturally', () => {
    expect(describeWait(undefined)).toBe('a moment');
    expect(describeWait(6)).toBe('1 second');
    expect(describeWait(20_000)).toBe('20 seconds');
    expect(describeWait(180_000)).toBe('3 minutes');
  });
});
