const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Characters a real tokenizer splits finely: CJK scripts, their punctuation, full-width forms, emoji.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// A fixed rhythm of 1 and 2 characters looks like real CJK streaming and stays deterministic.
const WIDE_TOKEN_SIZES = [2, 1, 2, 2, 1];

export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/**
 * Splits text the way the mock streams it: a Latin word with its trailing whitespace, or one to
 * two CJK characters or emoji. Joining the tokens gives back the text exactly.
 */
export function splitTokens(text: string): string[] {
  const tokens: string[] = [];
  let narrow = '';
  let wide: string[] = [];
  let wideCount = 0;

  const flushNarrow = (): void => {
    for (const match of narrow.matchAll(/\S+\s*|\s+/g)) {
      const piece = match[0];
      // Whitespace alone is not worth a token; it rides on the previous one.
      if (piece.trim() === '' && tokens.length > 0) tokens[tokens.length - 1] += piece;
      else tokens.push(piece);
    }
    narrow = '';
  };
  const flushWide = (): void => {
    let index = 0;
    while (index < wide.length) {
      const size = WIDE_TOKEN_SIZES[wideCount % WIDE_TOKEN_SIZES.length] ?? 1;
      tokens.push(wide.slice(index, index + size).join(''));
      index += size;
      wideCount += 1;
    }
    wide = [];
  };

  for (const grapheme of splitGraphemes(text)) {
    if (WIDE.test(grapheme)) {
      flushNarrow();
      wide.push(grapheme);
    } else {
      flushWide();
      narrow += grapheme;
    }
  }
  flushNarrow();
  flushWide();
  return tokens;
}

export type FinishKind = 'stop' | 'length' | 'stop-sequence';

export interface AnswerPlan {
  tokens: string[];
  finish: FinishKind;
  /** The stop sequence that ended the answer, when finish is 'stop-sequence'. */
  stopSequence: string | null;
}

/** Applies stop sequences and the token limit in the order a model would meet them. */
export function planAnswer(text: string, maxTokens: number | undefined, stopSequences: string[]): AnswerPlan {
  let cut = text;
  let stopSequence: string | null = null;
  let earliest = text.length;
  for (const sequence of stopSequences) {
    if (sequence === '') continue;
    const at = text.indexOf(sequence);
    if (at !== -1 && at < earliest) {
      earliest = at;
      stopSequence = sequence;
    }
  }
  if (stopSequence !== null) cut = text.slice(0, earliest);

  const tokens = splitTokens(cut);
  if (maxTokens !== undefined && tokens.length > maxTokens) {
    return { tokens: tokens.slice(0, maxTokens), finish: 'length', stopSequence: null };
  }
  return { tokens, finish: stopSequence === null ? 'stop' : 'stop-sequence', stopSequence };
}

/** A deterministic stand-in for a tokenizer count: a few tokens of framing per message. */
export function estimateInputTokens(texts: string[]): number {
  let total = 3;
  for (const text of texts) total += 3 + splitTokens(text).length;
  return total;
}
