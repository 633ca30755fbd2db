import { useTranslation } from 'react-i18next';
import { useDraftStore } from './draft-store.ts';
import { MessageItem } from './message-item.tsx';
import type { DraftIssues } from './validate-draft.ts';

/** The conversation sent to the model, oldest first. */
export function MessageList(props: { issues: DraftIssues | undefined }) {
  const { t } = useTranslation();
  const messages = useDraftStore((state) => state.messages);
  const addMessage = useDraftStore((state) => state.addMessage);
  const setContent = useDraftStore((state) => state.setMessageContent);
  const toggleRole = useDraftStore((state) => state.toggleMessageRole);
  const removeMessage = useDraftStore((state) => state.removeMessage);
  const firstUserId = messages.find((message) => message.role === 'user')?.id;

  return (
    <fieldset className="message-list">
      <legend>{t('ui.messages.legend')}</legend>
      <ol>
        {messages.map((message, index) => (
          <MessageItem
            key={message.id}
            message={message}
            number={index + 1}
            isFirstUser={message.id === firstUserId}
            canRemove={messages.length > 1}
            issue={props.issues?.messages[message.id]}
            idPrefix="message"
            onContent={setContent}
            onToggleRole={toggleRole}
            onRemove={removeMessage}
          />
        ))}
      </ol>
      <button type="button" className="add-message" onClick={addMessage}>
        {t('ui.messages.add')}
      </button>
    </fieldset>
  );
}
