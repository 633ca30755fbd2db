import { describe, expect, it } from 'vitest';
import { emptyTranscript, type Transcript } from '../../../shared/transcript.ts';
import { displayedTokensPerSecond } from './displayed-tokens-per-second.ts';

const transcript = (change: Partial<Transcript>): Transcript => ({ ...emptyTranscript(), ...change });

describe('displayedTokensPerSecond', () => {
  it('measures a stream from its first token', () => {
    const value = displayedTokensPerSecond(
      transcript({ firstTokenMs: 500, totalMs: 2500, usage: { outputTokens: 100 } }),
      true,
    );
    expect(value).toBe(50);
  });

  it('uses the whole request when the answer came in one piece', () => {
    const burst = transcript({ firstTokenMs: 1998, totalMs: 2000, usage: { outputTokens: 100 } });
    expect(displayedTokensPerSecond(burst, true)).toBe(50);
    expect(displayedTokensPerSecond(burst, false)).toBe(50);
  });

  it('is unknown until usage arrives', () => {
    expect(displayedTokensPerSecond(transcript({ firstTokenMs: 10, totalMs: 900 }), true)).toBeUndefined();
  });
});
