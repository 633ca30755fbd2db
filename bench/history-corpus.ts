// Generated calls for the history benchmark. Word frequencies follow Zipf's law, as in real text: a
// few words are in nearly every call, most are in a few percent of them, many in well under one.
// A flat draw from a few dozen words would put every word in nearly every call and make every
// search the worst case. Everything is drawn from seeded random numbers, so every run measures
// the same data.

/** mulberry32: small, fast and deterministic for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..count-1 with probability proportional to 1 / (rank + 1)^exponent. */
function zipf(count: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

// Real words at the top ranks, so the very common words a user might type ("the", "model",
// "error") exist and are as common as they are in real prompts and answers.
const commonEnglish =
  'the to and of a in is it model error for you that with this on request response be as token function are can data not stream user code from an or if use by prompt api json file value return type will time string call tool server list key test'.split(
    ' ',
  );
const englishVocabularySize = 8000;

// Consonant-vowel syllables, so the made-up words are pronounceable and of word-like length.
const syllables = [...'bdfgklmnprstvz'].flatMap((consonant) =>
  [...'aeiou'].map((vowel) => consonant + vowel),
);

/**
 * Made-up words of 2 to 4 syllables after the real ones. No word is the start of another: a search
 * matches by prefix, so "kalo" would also find every "kalomi" and a rare word would not be rare.
 */
function englishVocabulary(random: () => number): string[] {
  const words = [...commonEnglish];
  const taken = new Set(words);
  const prefixes = new Set(words.flatMap((word) => [...word].map((_, end) => word.slice(0, end + 1))));
  while (words.length < englishVocabularySize) {
    const length = random() < 0.3 ? 2 : random() < 0.7 ? 3 : 4;
    let word = '';
    for (let index = 0; index < length; index += 1) {
      word += syllables[Math.floor(random() * syllables.length)];
    }
    const starts = [...word].map((_, end) => word.slice(0, end + 1));
    if (prefixes.has(word) || starts.some((start) => taken.has(start))) continue;
    words.push(word);
    taken.add(word);
    for (const start of starts) prefixes.add(start);
  }
  return words;
}

// 320 of the most common Chinese characters, most common first.
const commonCharacters = [
  ...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青',
];
// Real words at the top ranks, as for English; "数据库" and "模型" are what a user here would type.
const commonChinese =
  '我们 可以 什么 这个 一个 模型 问题 时候 数据库 错误 天气 今天 代码 请求 函数 翻译'.split(' ');
const chineseVocabularySize = 2500;

/**
 * Made-up words of 2 to 4 characters. The characters are drawn by a flatter Zipf law than words
 * (every word is made of common characters) and not repeated within a word, as in most real words.
 */
function chineseVocabulary(random: () => number): string[] {
  const words = [...commonChinese];
  const taken = new Set(words);
  const character = zipf(commonCharacters.length, 0.8, random);
  while (words.length < chineseVocabularySize) {
    const length = random() < 0.6 ? 2 : random() < 0.7 ? 3 : 4;
    const characters = Array.from({ length }, () => commonCharacters[character()]);
    const word = characters.join('');
    if (taken.has(word) || new Set(characters).size < length) continue;
    words.push(word);
    taken.add(word);
  }
  return words;
}

// Both vocabularies come from their own seed, so the calls below are the same however often they
// are generated.
const vocabularyRandom = seededRandom(7);
/** Most common first: the index is the rank. */
export const english = englishVocabulary(vocabularyRandom);
/** Most common first: the index is the rank. */
export const chinese = chineseVocabulary(vocabularyRandom);

export interface GeneratedCall {
  startedAt: number;
  profileId: string;
  model: string;
  system: string;
  prompt: string;
  answer: string;
}

/** The calls of the benchmark, in order; the same sequence on every call of this function. */
export function* generatedCalls(count: number): Generator<GeneratedCall> {
  const random = seededRandom(42);
  // An exponent a little above 1 keeps the tail of a vocabulary this size rare, as in real text.
  const englishRank = zipf(english.length, 1.1, random);
  const chineseRank = zipf(chinese.length, 1.1, random);

  function text(characters: number, chineseShare: number): string {
    let result = '';
    while (result.length < characters) {
      if (random() < chineseShare) {
        // Chinese puts no spaces between words; punctuation ends a run of characters.
        result += chinese[chineseRank()];
        if (random() < 0.1) result += random() < 0.6 ? '，' : '。';
      } else {
        result += ` ${english[englishRank()]}`;
        if (random() < 0.08) result += random() < 0.6 ? ',' : '.';
      }
    }
    return result;
  }

  for (let index = 0; index < count; index += 1) {
    // A third of the calls are in Chinese, with English technical words in between.
    const chineseShare = index % 3 === 0 ? 0.8 : 0;
    yield {
      startedAt: 1_700_000_000_000 + index * 1000,
      profileId: `profile-${index % 5}`,
      model: index % 2 === 0 ? 'gpt-4o' : 'claude-sonnet',
      system: text(200, chineseShare),
      prompt: text(300 + Math.floor(random() * 1200), chineseShare),
      answer: text(500 + Math.floor(random() * 2500), chineseShare),
    };
  }
}
