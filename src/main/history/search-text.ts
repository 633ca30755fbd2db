// Full-text search over prompts and answers uses ONE FTS5 table with the unicode61 tokenizer
// (remove_diacritics 2, so "cafe" finds "café"). unicode61 keeps a run of Chinese or Japanese
// characters as one token because those scripts put no spaces between words, so "天气" would never
// match inside "今天天气很好". Rather than a second trigram table (which triples the index size and
// cannot match the many two-character Chinese words), CJK runs are indexed as overlapping bigrams:
// "今天天气" -> "今天 天天 天气 气". A query goes through the same split and becomes a phrase, so a
// Chinese word of any length matches as a substring of the run. The table is contentless (the
// texts live in `entries`), which is why the bigram form never has to be shown to anyone.

// Han (with extensions and compatibility ideographs), kana and Hangul syllables.
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;

function bigrams(run: string, withTail: boolean): string {
  const characters = Array.from(run);
  if (characters.length === 1) return characters[0] ?? '';
  const pairs: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) {
    pairs.push(`${characters[index]}${characters[index + 1]}`);
  }
  // The last character on its own lets a one-character query (a prefix query) find it.
  if (withTail) pairs.push(characters.at(-1) ?? '');
  return pairs.join(' ');
}

/** The text as it is handed to the FTS index. */
export function toIndexText(text: string): string {
  return text.replace(cjkRun, (run) => ` ${bigrams(run, true)} `);
}

// What unicode61 counts as part of a word; everything else (quotes, `*`, `(`, `-`, `:`) only
// separates words, so none of FTS5's query syntax can survive into the expression.
const wordPiece = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * Turns what the user typed into a safe FTS5 expression: every whitespace-separated chunk becomes a
 * quoted phrase of its words (so `gpt-4o` stays one phrase) matched as a prefix, and chunks are
 * ANDed. Returns undefined when nothing searchable is left (only punctuation): the caller then
 * ignores the search instead of raising an FTS syntax error.
 */
export function toMatchExpression(search: string): string | undefined {
  const phrases: string[] = [];
  for (const chunk of search.split(/\s+/u)) {
    const words = chunk.match(wordPiece);
    if (!words) continue;
    const tokens = words.map((word) => toIndexQueryText(word)).join(' ');
    // Nothing in `tokens` can be a double quote, but doubling keeps the quoting correct regardless.
    phrases.push(`"${tokens.replaceAll('"', '""').trim().replace(/\s+/gu, ' ')}"*`);
  }
  return phrases.length > 0 ? phrases.join(' ') : undefined;
}

function toIndexQueryText(word: string): string {
  // No tail on the query side: "今天天气" must be the consecutive bigrams of the document.
  return word.replace(cjkRun, (run) => ` ${bigrams(run, false)} `);
}
