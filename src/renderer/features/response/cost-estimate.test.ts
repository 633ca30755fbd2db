import { describe, expect, it } from 'vitest';
import { estimateCost, formatCost, formatPrice } from './cost-estimate.ts';

describe('estimateCost', () => {
  const price = { inputPerMillion: 2.5, outputPerMillion: 10 };

  it('prices input and output tokens per million', () => {
    expect(estimateCost({ inputTokens: 1000, outputTokens: 500 }, price)).toBeCloseTo(0.0075, 10);
  });

  it('knows nothing without a price or a count', () => {
    expect(estimateCost({ inputTokens: 1, outputTokens: 1 }, undefined)).toBeUndefined();
    expect(estimateCost({ inputTokens: 1 }, price)).toBeUndefined();
  });
});

describe('formatCost', () => {
  it('shows four to six decimals', () => {
    expect(formatCost(1.2345678, 'en')).toBe('$1.234568');
    expect(formatCost(0.0123, 'en')).toBe('$0.0123');
    expect(formatCost(0.0075, 'en')).toBe('$0.0075');
    expect(formatCost(0.0000421, 'en')).toBe('$0.000042');
    expect(formatCost(0, 'en')).toBe('$0.0000');
    expect(formatCost(0.0000001, 'en')).toBe('<$0.000001');
  });

  it('formats prices as typed', () => {
    expect(formatPrice(2.5, 'en')).toBe('$2.50');
    expect(formatPrice(0.075, 'en')).toBe('$0.075');
  });
});
