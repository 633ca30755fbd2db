import { describe, expect, it } from 'vitest';
import { emptyTranscript, type Transcript } from '../../shared/transcript.ts';
import {
  answersText,
  bestMarks,
  comparisonJson,
  comparisonTable,
  dollars,
  generationSpeed,
} from './compare-report.ts';
import type { TargetOutcome } from './compare-run.ts';

const plain = { dim: (text: string) => text, red: (text: string) => text };

function outcome(label: string, fields: Partial<Transcript> & { costUsd?: number } = {}): TargetOutcome {
  const { costUsd, ...transcriptFields } = fields;
  const [profileId = '', model = ''] = label.split(':');
  return {
    target: { label, profileId, model },
    profileId,
    transcript: { ...emptyTranscript(), status: 'done', finishReason: 'stop', ...transcriptFields },
    streamed: true,
    costUsd,
    historyId: `history-of-${label}`,
  };
}

const rateLimited = {
  status: 'failed' as const,
  finishReason: null,
  totalMs: 5,
  error: { code: 'http-error' as const, message: 'Rate limited', status: 429, hintKey: 'status-429-rate' },
};

describe('the fastest and the cheapest', () => {
  it('marks the least total time and the least cost among the answers; ties share the mark', () => {
    const marks = bestMarks([
      outcome('a:one', { totalMs: 900, costUsd: 0.002 }),
      outcome('b:two', { totalMs: 300, costUsd: 0.002 }),
      outcome('c:three', { totalMs: 300, costUsd: 0.01 }),
      outcome('d:failed', { ...rateLimited, costUsd: 0 }),
    ]);
    expect(marks).toEqual([['cheapest'], ['fastest', 'cheapest'], ['fastest'], []]);
  });

  it('marks nothing where fewer than two answers can be compared', () => {
    expect(
      bestMarks([outcome('a:one', { totalMs: 900, costUsd: 0.5 }), outcome('b:two', rateLimited)]),
    ).toEqual([[], []]);
    // Two answers, but only one with a price: it is the fastest or not, never "the cheapest".
    expect(
      bestMarks([outcome('a:one', { totalMs: 900, costUsd: 0.5 }), outcome('b:two', { totalMs: 100 })]),
    ).toEqual([[], ['fastest']]);
  });
});

describe('the table and the answers', () => {
  it('tells apart a target given twice, in the rows and in the headings', () => {
    const outcomes = [
      outcome('mock:mock-fast', { text: 'first', totalMs: 10 }),
      outcome('mock:mock-fast', { text: 'second', totalMs: 20 }),
      outcome('mock:mock-error-429', { ...rateLimited, text: '' }),
    ];
    const rows = comparisonTable(outcomes).split('\n');
    expect(rows[1]).toMatch(/^mock:mock-fast #1 +ok .* fastest$/);
    expect(rows[2]).toMatch(/^mock:mock-fast #2 +ok /);
    expect(rows[3]).toMatch(/^mock:mock-error-429 +429 rate limited +/);
    expect(answersText(outcomes, plain)).toBe(
      '## mock:mock-fast #1\nfirst\n\n## mock:mock-fast #2\nsecond\n\n' +
        '## mock:mock-error-429 — 429 rate limited\nError: Rate limited\nStatus: 429\n',
    );
  });

  it('writes null for what is unknown in the JSON, and the whole error', () => {
    const [failed] = comparisonJson('c1', [outcome('mock:mock-error-429', rateLimited)]).targets;
    expect(failed).toMatchObject({
      target: 'mock:mock-error-429',
      profileId: 'mock',
      model: 'mock-error-429',
      finishReason: null,
      usage: { inputTokens: null, outputTokens: null },
      timings: { firstTokenMs: null, totalMs: 5 },
      tokensPerSecond: null,
      costUsd: null,
      attempts: [],
      error: { code: 'http-error', status: 429 },
      historyId: 'history-of-mock:mock-error-429',
    });
  });
});

describe('figures', () => {
  it('measures speed from the first token, or over the whole call when that window is one read', () => {
    const streamed = {
      ...emptyTranscript(),
      usage: { outputTokens: 100 },
      firstTokenMs: 1_000,
      totalMs: 3_000,
    };
    expect(generationSpeed(streamed, true)).toBe(50);
    expect(generationSpeed(streamed, false)).toBeCloseTo(33.3, 1);
    const burst = { ...streamed, firstTokenMs: 1_999, totalMs: 2_000 };
    expect(generationSpeed(burst, true)).toBe(50);
    expect(generationSpeed({ ...streamed, usage: {} }, true)).toBeUndefined();
  });

  it('shows cents for dollars and three figures for fractions of a cent', () => {
    expect(dollars(undefined)).toBe('-');
    expect(dollars(0)).toBe('$0');
    expect(dollars(162)).toBe('$162.00');
    expect(dollars(0.000085)).toBe('$0.0000850');
    expect(dollars(0.0123)).toBe('$0.0123');
  });
});
