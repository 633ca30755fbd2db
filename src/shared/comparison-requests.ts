import type { ChatMessage, ChatRequest } from './chat-schemas.ts';
import type { Comparison, ComparisonPane } from './comparison-schemas.ts';

/** What every pane shares: the system prompt, the opening messages and the follow-ups sent since. */
export type ComparisonConversation = Pick<Comparison, 'system' | 'messages' | 'followUps'>;

/** What one pane sends with, and what it answered in each earlier round. */
export type PaneRequestSettings = Pick<
  ComparisonPane,
  'model' | 'temperature' | 'maxTokens' | 'topP' | 'stop' | 'stream' | 'answers'
>;

/**
 * The messages a pane sends in a round: round 0 is the shared conversation; round n adds, for each
 * earlier round, this pane's own answer (as the assistant) and the follow-up asked after it. Each
 * pane continues its own conversation, never another pane's.
 */
export function paneRoundMessages(
  conversation: ComparisonConversation,
  answers: readonly string[],
  round: number,
): ChatMessage[] {
  if (!Number.isInteger(round) || round < 0 || round > conversation.followUps.length) {
    throw new RangeError(`round ${round} is outside 0…${conversation.followUps.length}`);
  }
  const messages: ChatMessage[] = conversation.messages.map(({ role, content }) => ({ role, content }));
  for (let index = 0; index < round; index++) {
    const answer = answers[index] ?? '';
    // A round without an answer (it failed, or the pane was added later) leaves no assistant turn:
    // vendors reject an empty one, while two user turns in a row are accepted by both formats.
    if (answer.trim() !== '') messages.push({ role: 'assistant', content: answer });
    messages.push({ role: 'user', content: conversation.followUps[index] ?? '' });
  }
  return messages;
}

/** The whole request a pane sends in a round, with only the parameters the pane sets. */
export function paneRequest(
  conversation: ComparisonConversation,
  pane: PaneRequestSettings,
  round: number,
): ChatRequest {
  const request: ChatRequest = {
    model: pane.model,
    messages: paneRoundMessages(conversation, pane.answers, round),
    stream: pane.stream,
  };
  if (conversation.system?.trim()) request.system = conversation.system;
  if (pane.temperature !== undefined) request.temperature = pane.temperature;
  if (pane.maxTokens !== undefined) request.maxTokens = pane.maxTokens;
  if (pane.topP !== undefined) request.topP = pane.topP;
  if (pane.stop && pane.stop.length > 0) request.stop = [...pane.stop];
  return request;
}
