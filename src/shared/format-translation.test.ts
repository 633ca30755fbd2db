import { describe, expect, it } from 'vitest';
import type { ChatRequest } from './chat-schemas.ts';
import { translateRequest } from './format-translation.ts';

const request: ChatRequest = {
  model: 'some-model',
  system: 'Be brief.',
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello' },
    { role: 'user', content: 'Again' },
  ],
  temperature: 0.7,
  maxTokens: 512,
  topP: 0.9,
  stop: ['END', '###'],
  stream: true,
};

describe('translateRequest to openai-chat', () => {
  it('puts the system prompt first as a message, names stop as OpenAI does and asks for usage', () => {
    const translated = translateRequest(request, 'openai-chat');
    expect(JSON.stringify(translated.body)).toBe(
      JSON.stringify({
        model: 'some-model',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Again' },
        ],
        temperature: 0.7,
        max_tokens: 512,
        top_p: 0.9,
        stop: ['END', '###'],
        stream: true,
        stream_options: { include_usage: true },
      }),
    );
    expect(translated.notes).toEqual([]);
  });

  it('leaves out what is unset, an empty system prompt and an empty stop list', () => {
    const translated = translateRequest(
      { model: 'm', system: '', messages: [{ role: 'user', content: 'Hi' }], stop: [], stream: false },
      'openai-chat',
    );
    expect(JSON.stringify(translated.body)).toBe(
      JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: false }),
    );
    expect(translated.notes).toEqual([]);
  });

  it('keeps a temperature up to 2, which OpenAI accepts', () => {
    expect(translateRequest({ ...request, temperature: 2 }, 'openai-chat').body.temperature).toBe(2);
  });

  it('notes a Claude model name, a reasoning model given max_tokens and a final assistant message', () => {
    expect(translateRequest({ ...request, model: 'claude-sonnet-4-5' }, 'openai-chat').notes).toEqual([
      'The model is an Anthropic model: an OpenAI-format endpoint needs one of its own models, unless it relays Claude under this name.',
    ]);
    expect(translateRequest({ ...request, model: 'o3-mini' }, 'openai-chat').notes).toEqual([
      "OpenAI's reasoning models (o1, o3, o4-mini, gpt-5…) reject max_tokens: rename it to max_completion_tokens for them.",
    ]);
    const prefill = {
      ...request,
      messages: [...request.messages, { role: 'assistant' as const, content: '{' }],
    };
    expect(translateRequest(prefill, 'openai-chat').notes).toEqual([
      'The last message is from the assistant: Anthropic continues that text (a prefill), while OpenAI-format servers answer after it with a new message.',
    ]);
  });
});

describe('translateRequest to anthropic-messages', () => {
  it('moves the system prompt to the top level and names stop as Anthropic does', () => {
    const translated = translateRequest({ ...request, topP: undefined }, 'anthropic-messages');
    expect(JSON.stringify(translated.body)).toBe(
      JSON.stringify({
        model: 'some-model',
        system: 'Be brief.',
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Again' },
        ],
        max_tokens: 512,
        temperature: 0.7,
        stop_sequences: ['END', '###'],
        stream: true,
      }),
    );
    expect(translated.notes).toEqual([]);
  });

  it("fills in the required max_tokens with Promptwire's default and says so", () => {
    const translated = translateRequest(
      { model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'Hi' }], stream: false },
      'anthropic-messages',
    );
    expect(JSON.stringify(translated.body)).toBe(
      JSON.stringify({
        model: 'claude-haiku-4-5',
        messages: [{ role: 'user', content: 'Hi' }],
        max_tokens: 4096,
        stream: false,
      }),
    );
    expect(translated.notes).toEqual([
      "Anthropic requires max_tokens and none was set: Promptwire's default of 4096 is used.",
    ]);
  });

  it('clamps a temperature above 1 to 1 and keeps 1 itself', () => {
    const clamped = translateRequest({ ...request, temperature: 1.5, topP: undefined }, 'anthropic-messages');
    expect(clamped.body.temperature).toBe(1);
    expect(clamped.notes).toEqual(['Anthropic takes a temperature from 0 to 1: 1.5 is sent as 1.']);
    const edge = translateRequest({ ...request, temperature: 1, topP: undefined }, 'anthropic-messages');
    expect(edge.body.temperature).toBe(1);
    expect(edge.notes).toEqual([]);
  });

  it('passes top_p on and notes that newer models take only one of temperature and top_p', () => {
    const translated = translateRequest(request, 'anthropic-messages');
    expect(translated.body.top_p).toBe(0.9);
    expect(translated.notes).toEqual([
      'Newer Claude models accept temperature or top_p, not both: keep the one that matters.',
    ]);
    expect(translateRequest({ ...request, temperature: undefined }, 'anthropic-messages').notes).toEqual([]);
  });

  it('notes empty messages (except a final assistant one), an OpenAI model name and a prefill', () => {
    const translated = translateRequest(
      {
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: '' },
          { role: 'assistant', content: '' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: '' },
        ],
        maxTokens: 100,
        stream: false,
      },
      'anthropic-messages',
    );
    expect(translated.notes).toEqual([
      'Message 1 is empty: Anthropic rejects empty messages except a final assistant one.',
      'Message 2 is empty: Anthropic rejects empty messages except a final assistant one.',
      'The model is an OpenAI model: an Anthropic-format endpoint needs one of its own models, unless it relays this one.',
      'The last message is from the assistant: Anthropic continues that text (a prefill) rather than answering it.',
    ]);
  });

  it('does not note models that serve both formats (DeepSeek, the Local mock)', () => {
    for (const model of ['deepseek-chat', 'mock-slow', 'kimi-k2']) {
      expect(translateRequest({ ...request, model, topP: undefined }, 'anthropic-messages').notes).toEqual(
        [],
      );
    }
  });
});
