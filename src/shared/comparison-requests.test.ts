import { describe, expect, it } from 'vitest';
import { chatRequestSchema } from './chat-schemas.ts';
import { type ComparisonConversation, paneRequest, paneRoundMessages } from './comparison-requests.ts';

const conversation: ComparisonConversation = {
  system: 'Be brief.',
  messages: [
    { role: 'user', content: 'Name a colour.' },
    { role: 'assistant', content: 'Blue.' },
    { role: 'user', content: 'Another one.' },
  ],
  followUps: ['Why that one?', 'And in French?'],
};

describe('paneRoundMessages', () => {
  it('sends the shared conversation alone in the first round', () => {
    expect(paneRoundMessages(conversation, [], 0)).toEqual(conversation.messages);
  });

  it("continues with the pane's own answers and each follow-up", () => {
    expect(paneRoundMessages(conversation, ['Red.', 'It is warm.', 'Rouge.'], 2)).toEqual([
      ...conversation.messages,
      { role: 'assistant', content: 'Red.' },
      { role: 'user', content: 'Why that one?' },
      { role: 'assistant', content: 'It is warm.' },
      { role: 'user', content: 'And in French?' },
    ]);
  });

  it('leaves out the assistant turn of a round the pane has no answer for', () => {
    expect(paneRoundMessages(conversation, ['', 'It is warm.'], 2).slice(3)).toEqual([
      { role: 'user', content: 'Why that one?' },
      { role: 'assistant', content: 'It is warm.' },
      { role: 'user', content: 'And in French?' },
    ]);
    expect(paneRoundMessages(conversation, [], 1).slice(3)).toEqual([
      { role: 'user', content: 'Why that one?' },
    ]);
  });

  it('refuses a round that has no follow-up yet', () => {
    expect(() => paneRoundMessages(conversation, [], 3)).toThrow(RangeError);
    expect(() => paneRoundMessages(conversation, [], -1)).toThrow(RangeError);
  });

  it('copies the messages, so a later edit of the request leaves the conversation alone', () => {
    const messages = paneRoundMessages(conversation, [], 0);
    (messages[0] as { content: string }).content = 'changed';
    expect(conversation.messages[0]?.content).toBe('Name a colour.');
  });
});

describe('paneRequest', () => {
  it("carries the pane's own parameters and the shared system prompt", () => {
    const request = paneRequest(
      conversation,
      {
        model: 'mock-fast',
        temperature: 0.2,
        maxTokens: 64,
        topP: 0.9,
        stop: ['END'],
        stream: false,
        answers: ['Red.'],
      },
      1,
    );
    expect(request).toEqual({
      model: 'mock-fast',
      system: 'Be brief.',
      messages: [
        ...conversation.messages,
        { role: 'assistant', content: 'Red.' },
        { role: 'user', content: 'Why that one?' },
      ],
      temperature: 0.2,
      maxTokens: 64,
      topP: 0.9,
      stop: ['END'],
      stream: false,
    });
    expect(chatRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves out what the pane does not set, and a blank system prompt', () => {
    const request = paneRequest(
      { ...conversation, system: '  ' },
      { model: 'm', stream: true, answers: [] },
      0,
    );
    expect(request).toEqual({ model: 'm', messages: conversation.messages, stream: true });
  });
});
