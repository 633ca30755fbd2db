import { describe, expect, it } from 'vitest';
import { buildAnthropicMessagesRequest } from './anthropic-messages-request.ts';
import { buildOpenAiChatRequest } from './openai-chat-request.ts';

describe('buildOpenAiChatRequest', () => {
  it('puts the system prompt first, names fields as OpenAI does and asks for usage when streaming', () => {
    const plan = buildOpenAiChatRequest(
      { format: 'openai-chat', baseUrl: 'https://api.openai.com/v1', apiKey: 'sk-proj-secret1234' },
      {
        model: 'gpt-4o',
        system: 'Be brief.',
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Again' },
        ],
        temperature: 0.2,
        maxTokens: 256,
        topP: 0.9,
        stop: ['END'],
        stream: true,
      },
    );
    expect(plan.method).toBe('POST');
    expect(plan.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(plan.headers).toEqual({
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: 'Bearer sk-proj-secret1234',
    });
    expect(JSON.parse(plan.body)).toEqual({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Again' },
      ],
      temperature: 0.2,
      max_tokens: 256,
      top_p: 0.9,
      stop: ['END'],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('omits unset fields and the Authorization header when there is no key (Ollama)', () => {
    const plan = buildOpenAiChatRequest(
      { format: 'openai-compatible', baseUrl: 'http://localhost:11434/v1/' },
      { model: 'llama3.2', messages: [{ role: 'user', content: 'Hi' }], stream: false },
    );
    expect(plan.url).toBe('http://localhost:11434/v1/chat/completions');
    expect(plan.headers).toEqual({ 'content-type': 'application/json', accept: 'application/json' });
    expect(JSON.parse(plan.body)).toEqual({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: false,
    });
  });

  it('adds profile headers, letting them replace the defaults case-insensitively', () => {
    const plan = buildOpenAiChatRequest(
      {
        format: 'openai-compatible',
        baseUrl: 'https://relay.example.com/v1?api-version=2024-10-21',
        apiKey: 'sk-relay-123456789',
        headers: { 'X-Relay-Project': 'alpha', Authorization: 'Bearer relay-token-abcdef' },
      },
      { model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    );
    expect(plan.url).toBe('https://relay.example.com/v1/chat/completions?api-version=2024-10-21');
    expect(plan.headers['x-relay-project']).toBe('alpha');
    expect(plan.headers.authorization).toBe('Bearer relay-token-abcdef');
  });
});

describe('extra body fields', () => {
  it('are sent after the adapter fields, which win a clash, in both formats', () => {
    const request = {
      model: 'm',
      messages: [{ role: 'user' as const, content: 'hi' }],
      stream: false,
      extra: { seed: 7, model: 'not this one', response_format: { type: 'json_object' } },
    };
    const target = { baseUrl: 'https://api.example.com/v1', apiKey: 'k' };
    const openai = JSON.parse(buildOpenAiChatRequest({ ...target, format: 'openai-chat' }, request).body);
    expect(openai).toMatchObject({ model: 'm', seed: 7, response_format: { type: 'json_object' } });
    expect(Object.keys(openai).slice(-2)).toEqual(['seed', 'response_format']);
    const anthropic = JSON.parse(
      buildAnthropicMessagesRequest({ ...target, format: 'anthropic-messages' }, request).body,
    );
    expect(anthropic).toMatchObject({ model: 'm', seed: 7, max_tokens: 4096 });
  });
});
