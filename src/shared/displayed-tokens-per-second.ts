import { type Transcript, tokensPerSecond } from './transcript.ts';

// Below this, the "generation time" is one network read, and dividing by it gives nonsense
// such as 143,000 tokens/s.
const shortestMeaningfulWindowMs = 50;

/**
 * Generation speed from the first token on when the answer streamed over a measurable time;
 * otherwise (no stream, or everything in one burst) output tokens over the whole request.
 */
export function displayedTokensPerSecond(transcript: Transcript, streamed: boolean): number | undefined {
  const { firstTokenMs, totalMs } = transcript;
  const output = transcript.usage.outputTokens;
  const window = totalMs !== undefined && firstTokenMs !== undefined ? totalMs - firstTokenMs : undefined;
  if (streamed && window !== undefined && window >= shortestMeaningfulWindowMs)
    return tokensPerSecond(transcript);
  if (output === undefined || totalMs === undefined || totalMs <= 0) return undefined;
  return output / (totalMs / 1000);
}
