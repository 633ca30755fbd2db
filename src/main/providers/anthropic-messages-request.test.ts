import { describe, expect, it } from 'vitest';
import { buildAnthropicMessagesRequest } from './anthropic-messages-request.ts';

describe('buildAnthropicMessagesRequest', () => {
  it('uses /v1/messages, x-api-key, a top-level system and stop_sequences', () => {
    const plan = buildAnthropicMessagesRequest(
      {
        format: 'anthropic-messages',
        baseUrl: 'https://api.anthropic.com/',
        apiKey: 'sk-ant-api03-secret',
        headers: { 'anthropic-beta': 'output-128k-2025-02-19' },
      },
      {
        model: 'claude-sonnet-4-5',
        system: 'Be brief.',
        messages: [{ role: 'user', content: 'Hi' }],
        temperature: 0.5,
        maxTokens: 1000,
        topP: 0.8,
        stop: ['\n\nHuman:'],
        stream: true,
      },
    );
    expect(plan.url).toBe('https://api.anthropic.com/v1/messages');
    expect(plan.headers).toEqual({
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'anthropic-version': '2023-06-01',
      'x-api-key': 'sk-ant-api03-secret',
      'anthropic-beta': 'output-128k-2025-02-19',
    });
    expect(plan.headers.authorization).toBeUndefined();
    expect(JSON.parse(plan.body)).toEqual({
      model: 'claude-sonnet-4-5',
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 1000,
      temperature: 0.5,
      top_p: 0.8,
      stop_sequences: ['\n\nHuman:'],
      stream: true,
    });
  });

  it('sends the required max_tokens (4096) when the user set none, and omits unset fields', () => {
    const plan = buildAnthropicMessagesRequest(
      { format: 'anthropic-messages', baseUrl: 'https://api.anthropic.com', apiKey: 'k' },
      { model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'Hi' }], stream: false },
    );
    expect(JSON.parse(plan.body)).toEqual({
      model: 'claude-haiku-4-5',
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 4096,
      stream: false,
    });
  });
});
