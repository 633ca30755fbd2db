import { describe, expect, it } from 'vitest';
import { type PaneMeasurement, rankPanes } from './rank-panes.ts';

const fast: PaneMeasurement = {
  paneId: 'fast',
  finished: true,
  firstTokenMs: 20,
  totalMs: 40,
  tokensPerSecond: 900,
  cost: 0.002,
  outputTokens: 90,
};
const slow: PaneMeasurement = {
  paneId: 'slow',
  finished: true,
  firstTokenMs: 200,
  totalMs: 18_000,
  tokensPerSecond: 5,
  cost: 0.0001,
  outputTokens: 90,
};
const retried: PaneMeasurement = {
  paneId: 'retried',
  finished: true,
  firstTokenMs: 1_100,
  totalMs: 3_000,
  tokensPerSecond: 40,
  outputTokens: 120,
};
const failed: PaneMeasurement = { paneId: 'failed', finished: false, firstTokenMs: 5, totalMs: 10 };

describe('rankPanes', () => {
  it('ranks lower times and costs first, and higher speed first', () => {
    const ranking = rankPanes([slow, fast, retried]);
    expect(ranking.ranks.firstTokenMs).toEqual({ fast: 1, slow: 2, retried: 3 });
    expect(ranking.ranks.totalMs).toEqual({ fast: 1, retried: 2, slow: 3 });
    expect(ranking.ranks.tokensPerSecond).toEqual({ fast: 1, retried: 2, slow: 3 });
    expect(ranking.ranks.cost).toEqual({ slow: 1, fast: 2 });
  });

  it('marks the fastest by total time and the cheapest by cost', () => {
    const ranking = rankPanes([slow, fast, retried]);
    expect(ranking.fastest).toEqual(['fast']);
    expect(ranking.cheapest).toEqual(['slow']);
  });

  it('gives equal values one rank and skips the next', () => {
    const ranking = rankPanes([slow, fast, retried]);
    expect(ranking.ranks.outputTokens).toEqual({ fast: 1, slow: 1, retried: 3 });
    const twins = rankPanes([fast, { ...fast, paneId: 'twin' }, slow]);
    expect(twins.fastest).toEqual(['fast', 'twin']);
  });

  it('leaves out failed runs, however quick they were', () => {
    const ranking = rankPanes([failed, slow, fast]);
    expect(ranking.ranks.totalMs).toEqual({ fast: 1, slow: 2 });
    expect(ranking.fastest).toEqual(['fast']);
  });

  it('names no fastest or cheapest with fewer than two panes to compare', () => {
    const ranking = rankPanes([fast, retried, failed]);
    expect(ranking.ranks.cost).toEqual({ fast: 1 });
    expect(ranking.cheapest).toEqual([]);
    expect(rankPanes([fast]).fastest).toEqual([]);
    expect(rankPanes([]).fastest).toEqual([]);
  });

  it('ignores values that are not finite numbers', () => {
    const ranking = rankPanes([fast, { ...slow, tokensPerSecond: Number.POSITIVE_INFINITY }]);
    expect(ranking.ranks.tokensPerSecond).toEqual({ fast: 1 });
  });
});
