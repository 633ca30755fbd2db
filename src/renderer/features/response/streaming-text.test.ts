import { describe, expect, it } from 'vitest';
import { pieceEnds } from './streaming-text.tsx';

describe('pieceEnds', () => {
  it('cuts after a line break past every 1,024 characters, and never moves a cut as text grows', () => {
    const words = Array.from(
      { length: 2000 },
      (_, index) => `w${index}${index % 40 === 39 ? '\n' : ''}`,
    ).join(' ');
    const ends = pieceEnds(words);
    expect(ends.length).toBeGreaterThan(5);
    for (const end of ends) expect(words[end - 1]).toBe('\n');
    const pieces = [0, ...ends].map((start, index) => words.slice(start, ends[index] ?? words.length));
    expect(pieces.join('')).toBe(words);
    for (let length = 0; length < words.length; length += 997) {
      const earlier = pieceEnds(words.slice(0, length));
      expect(ends.slice(0, earlier.length)).toEqual(earlier);
    }
  });

  it('leaves text without line breaks whole', () => {
    expect(pieceEnds('😀 '.repeat(3000))).toEqual([]);
    expect(pieceEnds('short answer')).toEqual([]);
  });
});
