import { describe, expect, it } from 'vitest';
import { findKeyTrace } from './key-trace.ts';

const key = 'sk-proj-a-key-to-look-for-0123wxyz';

describe('findKeyTrace', () => {
  it('finds a key whole, in part, and inside base64 or hex at any alignment', () => {
    expect(findKeyTrace(`{"key":"${key}"}`, key)).toBeDefined();
    expect(findKeyTrace(`lastFour: ${key.slice(-14)}`, key)).toBeDefined();
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const bytes = Buffer.concat([Buffer.from(prefix), Buffer.from(key)]);
      expect(
        findKeyTrace(`"${bytes.toString('base64')}"`, key),
        `base64 after ${prefix.length}`,
      ).toBeDefined();
      expect(findKeyTrace(bytes.toString('base64url'), key)).toBeDefined();
      expect(findKeyTrace(`x${bytes.toString('hex')}`, key)).toBeDefined();
    }
  });

  it('does not mistake a masked key, its last four or unrelated text for the key', () => {
    expect(findKeyTrace('Bearer sk-…wxyz, lastFour wxyz', key)).toBeUndefined();
    expect(
      findKeyTrace(Buffer.from('an unrelated value of some length').toString('base64'), key),
    ).toBeUndefined();
  });
});
