import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIndexText, toMatchExpression } from './search-text.ts';
import { type HistoryStore, openHistoryStore } from './store.ts';
import { beginInput, temporaryDirectory } from './test-fixtures.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let store: HistoryStore;

function add(prompt: string, answer: string, system?: string): string {
  const input = beginInput();
  const { id } = store.begin({
    ...input,
    request: { ...input.request, system, messages: [{ role: 'user', content: prompt }] },
  });
  store.append(id, [
    { type: 'text-delta', atMs: 1, text: answer },
    { type: 'stream-end', atMs: 2, finishReason: 'stop' },
  ]);
  return id;
}

const found = (search: string) =>
  store
    .list({ search })
    .entries.map((entry) => entry.id)
    .sort();

beforeEach(() => {
  directory = temporaryDirectory();
  store = openHistoryStore(directory.path);
});
afterEach(() => {
  store.close();
  directory.remove();
});

describe('history search', () => {
  it('finds English words in prompts, system prompts and answers, by prefix and without diacritics', () => {
    const weather = add('What is the weather in Paris?', 'Sunny and warm.');
    const cafe = add('Recommend a café', 'Try the bakery on Rue Cler.', 'You are a Parisian guide');
    expect(found('weather')).toEqual([weather]);
    expect(found('SUNNY')).toEqual([weather]);
    expect(found('bak')).toEqual([cafe]);
    expect(found('cafe')).toEqual([cafe]);
    expect(found('parisian guide')).toEqual([cafe]);
    expect(found('paris')).toEqual([weather, cafe].sort());
    expect(found('weather bakery')).toEqual([]);
  });

  it('finds a Chinese word inside text that has no spaces, of one, two or more characters', () => {
    const weather = add('今天天气怎么样？', '北京今天晴朗，气温二十度。');
    const model = add('介绍一下大语言模型', 'Large language models（大模型）predict tokens.');
    expect(found('天气')).toEqual([weather]);
    expect(found('晴朗')).toEqual([weather]);
    expect(found('气温二十度')).toEqual([weather]);
    expect(found('模型')).toEqual([model]);
    expect(found('大语言模型')).toEqual([model]);
    expect(found('今')).toEqual([weather]);
    expect(found('型')).toEqual([model]);
    expect(found('晴天')).toEqual([]);
    expect(found('models 模型')).toEqual([model]);
  });

  it('treats quotes, stars and FTS operators in the search text as plain text', () => {
    const quoted = add('Say "hello" NEAR the end', 'He said: "hello*"');
    const other = add('Nothing here', 'OR AND NOT');
    for (const search of [
      '"',
      '"hello',
      'hello"',
      '*',
      'hello*',
      'NEAR(',
      'NEAR(hello',
      '(',
      ')',
      '^hello',
      'a:b',
      "'",
      '-',
      '"""',
      'col:hello',
      '{prompt}: hello',
    ]) {
      expect(() => store.list({ search })).not.toThrow();
    }
    expect(found('"hello"')).toEqual([quoted]);
    expect(found('NEAR(')).toEqual([quoted]);
    expect(found('OR')).toEqual([other]);
    expect(found('NOT')).toEqual([other]);
    // Nothing searchable is left: the search is ignored rather than failing.
    expect(store.list({ search: '"*(' }).total).toBe(2);
  });

  it('indexes CJK runs as bigrams and builds quoted prefix phrases', () => {
    expect(toIndexText('GPT模型很好')).toBe('GPT 模型 型很 很好 好 ');
    expect(toMatchExpression('gpt-4o "x*')).toBe('"gpt 4o"* "x"*');
    expect(toMatchExpression('今天天气')).toBe('"今天 天天 天气"*');
    expect(toMatchExpression(' "* ( ')).toBeUndefined();
  });

  it('finds an interrupted answer once it is recovered, and a finished one at once', () => {
    const id = add('prompt', 'photosynthesis explained');
    expect(found('photosynthesis')).toEqual([id]);
  });
});
