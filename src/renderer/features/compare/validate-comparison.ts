import type { ChatMessage } from '../../../shared/chat-schemas.ts';
import type { ComparisonPane } from '../../../shared/comparison-schemas.ts';
import type { Draft, DraftMessage } from '../composer/draft-store.ts';
import { type DraftIssues, validateDraft } from '../composer/validate-draft.ts';
import { type PaneSettings, savedPaneOf } from './pane-settings.ts';

export interface SharedConversation {
  system?: string;
  messages: ChatMessage[];
}

export interface ComparisonIssues {
  /** By message id, as the composer reports them. */
  messages: DraftIssues['messages'];
  /** By pane id: that pane's field issues. */
  panes: Record<string, DraftIssues['fields']>;
}

export type ComparisonValidation =
  | { ok: true; conversation: SharedConversation; panes: ComparisonPane[] }
  | { ok: false; issues: ComparisonIssues };

interface Editable {
  system: string;
  messages: DraftMessage[];
  panes: PaneSettings[];
}

/**
 * Checks the shared conversation and every pane with the composer's own rules, by reading each
 * pane as a composer draft: the comparison can never accept what a single request would refuse.
 */
export function validateComparison(editable: Editable): ComparisonValidation {
  const issues: ComparisonIssues = { messages: {}, panes: {} };
  const panes: ComparisonPane[] = [];
  let conversation: SharedConversation | undefined;
  for (const pane of editable.panes) {
    const validation = validateDraft(paneDraft(editable, pane));
    if (validation.ok) {
      panes.push(savedPaneOf(pane, validation.request));
      const { system, messages } = validation.request;
      conversation ??= system === undefined ? { messages } : { system, messages };
    } else {
      Object.assign(issues.messages, validation.issues.messages);
      if (Object.keys(validation.issues.fields).length > 0) issues.panes[pane.id] = validation.issues.fields;
    }
  }
  if (!conversation || panes.length < editable.panes.length) return { ok: false, issues };
  return { ok: true, conversation, panes };
}

/** Only the pane's own fields: cheap enough to run on every keystroke while issues are shown. */
export function paneFieldIssues(pane: PaneSettings): DraftIssues['fields'] | undefined {
  const placeholder: DraftMessage = { id: 'placeholder', role: 'user', content: '.' };
  const validation = validateDraft(paneDraft({ system: '', messages: [placeholder] }, pane));
  return validation.ok ? undefined : validation.issues.fields;
}

/** Only the conversation's messages, by id. */
export function messageIssues(messages: DraftMessage[]): DraftIssues['messages'] {
  const issues: DraftIssues['messages'] = {};
  for (const message of messages) {
    if (!message.content.trim()) issues[message.id] = { key: 'messageEmpty' };
  }
  return issues;
}

function paneDraft(conversation: Pick<Editable, 'system' | 'messages'>, pane: PaneSettings): Draft {
  return {
    profileId: pane.profileId,
    model: pane.model,
    system: conversation.system,
    messages: conversation.messages,
    temperature: pane.temperature,
    maxTokens: pane.maxTokens,
    topP: pane.topP,
    stop: pane.stop,
    stream: pane.stream,
    extra: '',
  };
}
