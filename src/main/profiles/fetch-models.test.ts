import { describe, expect, it } from 'vitest';
import { readModelIds } from './fetch-models.ts';

describe('reading a model list', () => {
  it('takes data[].id of OpenAI and Anthropic lists, sorted, once each', () => {
    const openAi = { object: 'list', data: [{ id: 'gpt-4o' }, { id: 'gpt-4.1' }, { id: 'gpt-4o' }] };
    expect(readModelIds(JSON.stringify(openAi))).toEqual(['gpt-4.1', 'gpt-4o']);
    const anthropic = {
      data: [{ type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude' }],
      has_more: false,
    };
    expect(readModelIds(JSON.stringify(anthropic))).toEqual(['claude-sonnet-4-5']);
  });

  it('names Gemini’s models as chats take them, without the models/ prefix', () => {
    const gemini = {
      object: 'list',
      data: [{ id: 'models/gemini-2.5-flash' }, { id: 'models/gemini-2.5-pro' }],
    };
    expect(readModelIds(JSON.stringify(gemini))).toEqual(['gemini-2.5-flash', 'gemini-2.5-pro']);
  });

  it('keeps vendor prefixes that are part of the name (OpenRouter, Together)', () => {
    const openRouter = { data: [{ id: 'openai/gpt-4o-mini' }, { id: 'deepseek/deepseek-chat' }] };
    expect(readModelIds(JSON.stringify(openRouter))).toEqual([
      'deepseek/deepseek-chat',
      'openai/gpt-4o-mini',
    ]);
  });

  it.each([['<html>relay</html>'], ['{"models": []}'], ['null'], ['[]']])('finds no list in %s', (body) => {
    expect(readModelIds(body)).toBeUndefined();
  });
});
