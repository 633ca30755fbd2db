import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageItem } from '../composer/message-item.tsx';
import { useCompareStore } from './compare-store.ts';
import { messageIssues } from './validate-comparison.ts';

/** The system prompt and messages every pane answers, then the follow-ups sent since. */
export function ConversationEditor() {
  const { t } = useTranslation();
  const system = useCompareStore((state) => state.system);
  const setSystem = useCompareStore((state) => state.setSystem);
  const messages = useCompareStore((state) => state.messages);
  const addMessage = useCompareStore((state) => state.addMessage);
  const setContent = useCompareStore((state) => state.setMessageContent);
  const toggleRole = useCompareStore((state) => state.toggleMessageRole);
  const removeMessage = useCompareStore((state) => state.removeMessage);
  const followUps = useCompareStore((state) => state.followUps);
  const showIssues = useCompareStore((state) => state.showIssues);
  const issues = useMemo(() => (showIssues ? messageIssues(messages) : {}), [showIssues, messages]);
  const firstUserId = messages.find((message) => message.role === 'user')?.id;

  return (
    <fieldset className="conversation-editor">
      <legend>{t('ui.compare.conversation.legend')}</legend>
      <p className="field-help">{t('ui.compare.conversation.help')}</p>
      <div className="field">
        <label htmlFor="compare-system">{t('ui.system.label')}</label>
        <textarea
          id="compare-system"
          className="grow"
          rows={2}
          value={system}
          placeholder={t('ui.system.placeholder')}
          onChange={(event) => setSystem(event.target.value)}
        />
      </div>
      <ol className="message-list compare-messages">
        {messages.map((message, index) => (
          <MessageItem
            key={message.id}
            message={message}
            number={index + 1}
            isFirstUser={message.id === firstUserId}
            canRemove={messages.length > 1}
            issue={issues[message.id]}
            idPrefix="compare-message"
            onContent={setContent}
            onToggleRole={toggleRole}
            onRemove={removeMessage}
          />
        ))}
      </ol>
      <button type="button" className="add-message" onClick={addMessage}>
        {t('ui.messages.add')}
      </button>
      {followUps.length > 0 && (
        <div className="sent-follow-ups">
          <h3>{t('ui.compare.conversation.followUpsSent')}</h3>
          <ol>
            {followUps.map((followUp, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: follow-ups are only ever appended.
              <li key={index}>{followUp}</li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
}
