import { type DraftMessage, newMessage } from './draft-store.ts';

export interface MessageEdits {
  setMessageContent(id: string, content: string): void;
  toggleMessageRole(id: string): void;
  addMessage(): void;
  removeMessage(id: string): void;
}

/**
 * The edits of a conversation being written, for any store with a `messages` list: the composer's
 * draft and the comparison's shared conversation edit theirs the same way.
 */
export function messageEdits(
  get: () => { messages: DraftMessage[] },
  set: (change: { messages: DraftMessage[] }) => void,
): MessageEdits {
  const update = (id: string, change: (message: DraftMessage) => DraftMessage) =>
    set({ messages: get().messages.map((message) => (message.id === id ? change(message) : message)) });
  return {
    setMessageContent: (id, content) => update(id, (message) => ({ ...message, content })),
    toggleMessageRole: (id) =>
      update(id, (message) => ({ ...message, role: message.role === 'user' ? 'assistant' : 'user' })),
    addMessage() {
      // Turns alternate: a new message takes the role the last one did not have.
      const last = get().messages.at(-1);
      set({ messages: [...get().messages, newMessage(last?.role === 'user' ? 'assistant' : 'user')] });
    },
    removeMessage(id) {
      // A request needs one message at least; the last one is emptied by hand, not removed.
      if (get().messages.length <= 1) return;
      set({ messages: get().messages.filter((message) => message.id !== id) });
    },
  };
}
