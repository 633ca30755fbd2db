import { describe, expect, it } from 'vitest';
import { estimateInputTokens, planAnswer, splitTokens } from './answer-tokens.ts';
import { composeAnswer, lastUserText } from './mock-answer.ts';

describe('splitTokens', () => {
  it('splits English into words with their trailing space', () => {
    expect(splitTokens('Hello there, world!  Bye')).toEqual(['Hello ', 'there, ', 'world!  ', 'Bye']);
  });

  it('splits Chinese into one or two characters and keeps emoji whole', () => {
    const tokens = splitTokens('你好世界，👨‍👩‍👧 很高兴见到你');
    expect(tokens.join('')).toBe('你好世界，👨‍👩‍👧 很高兴见到你');
    expect(tokens).toContain('👨‍👩‍👧 ');
    for (const token of tokens)
      expect(Array.from(new Intl.Segmenter().segment(token.trim())).length).toBeLessThanOrEqual(2);
  });

  it('gives back the text exactly for any mix', () => {
    const text = ' leading space, 中英 mixed text\nwith a newline 🙂 and ＦＵＬＬ width ';
    expect(splitTokens(text).join('')).toBe(text);
  });
});

describe('planAnswer', () => {
  const text = 'one two three four five';

  it('keeps everything when no limit applies', () => {
    expect(planAnswer(text, undefined, [])).toEqual({
      tokens: ['one ', 'two ', 'three ', 'four ', 'five'],
      finish: 'stop',
      stopSequence: null,
    });
  });

  it('cuts at max tokens', () => {
    expect(planAnswer(text, 2, [])).toEqual({
      tokens: ['one ', 'two '],
      finish: 'length',
      stopSequence: null,
    });
  });

  it('cuts before the earliest stop sequence, unless the limit comes first', () => {
    expect(planAnswer(text, 10, ['four', 'three'])).toEqual({
      tokens: ['one ', 'two '],
      finish: 'stop-sequence',
      stopSequence: 'three',
    });
    expect(planAnswer(text, 1, ['three']).finish).toBe('length');
  });
});

describe('composeAnswer', () => {
  it('is deterministic and quotes a shortened prompt', () => {
    const prompt = `Please explain ${'very '.repeat(40)}carefully how TCP works`;
    const answer = composeAnswer(prompt);
    expect(composeAnswer(prompt)).toBe(answer);
    expect(answer).toContain('"Please explain very very');
    expect(answer).toContain('…"');
    expect(answer).not.toContain('TCP');
    expect(answer).toMatch(/mock/);
  });

  it.each(['hi', '', 'word '.repeat(300), '你好', '请'.repeat(300), '東京の天気はどうですか？'])(
    'is 60 to 120 tokens long for %j',
    (prompt) => {
      const count = splitTokens(composeAnswer(prompt)).length;
      expect(count).toBeGreaterThanOrEqual(60);
      expect(count).toBeLessThanOrEqual(120);
    },
  );

  it('answers in Chinese with emoji when the prompt has CJK characters, in English otherwise', () => {
    expect(composeAnswer('今天怎么样')).toMatch(/^你好！.*模拟服务器.*🤖/u);
    expect(composeAnswer('How are you?')).toMatch(/^Hi! This is the Promptwire mock server/);
  });

  it('quotes the last user message, text parts only', () => {
    const messages = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'reply' },
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'x' } },
          { type: 'text', text: 'second' },
        ],
      },
    ];
    expect(lastUserText(messages)).toBe('second');
  });
});

describe('estimateInputTokens', () => {
  it('grows with the prompt and never reaches 0', () => {
    expect(estimateInputTokens([])).toBeGreaterThan(0);
    expect(estimateInputTokens(['a b c d'])).toBeLessThan(estimateInputTokens(['a b c d e f g h']));
    expect(estimateInputTokens(['a b', 'c'])).toBe(estimateInputTokens(['a b', 'c']));
  });
});
