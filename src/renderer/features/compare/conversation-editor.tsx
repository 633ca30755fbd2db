import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftMessage } from '../composer/draft-store.ts';
import { FieldIssue } from '../composer/field-issue.tsx';
import type { Issue } from '../composer/validate-draft.ts';
import { useCompareStore } from './compare-store.ts';
import { messageIssues } from './validate-comparison.ts';

/** The system prompt and messages every pane answers, then the follow-ups sent since. */
export function ConversationEditor() {
  const { t } = useTranslation();
  const system = useCompareStore((state) => state.system);
  const setSystem = useCompareStore((state) => state.setSystem);
  const messages = useCompareStore((state) => state.messages);
  const addMessage = useCompareStore((state) => state.addMessage);
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

function MessageItem(props: {
  message: DraftMessage;
  number: number;
  isFirstUser: boolean;
  canRemove: boolean;
  issue: Issue | undefined;
}) {
  const { t } = useTranslation();
  const setContent = useCompareStore((state) => state.setMessageContent);
  const toggleRole = useCompareStore((state) => state.toggleMessageRole);
  const removeMessage = useCompareStore((state) => state.removeMessage);
  const { message, number, issue } = props;
  const role = t(`ui.messages.roles.${message.role}`);
  const otherRole = t(`ui.messages.roles.${message.role === 'user' ? 'assistant' : 'user'}`);
  const fieldId = `compare-message-${message.id}`;

  return (
    <li className={`message message-${message.role}`}>
      <div className="message-header">
        <button
          type="button"
          className="role-toggle"
          onClick={() => toggleRole(message.id)}
          aria-label={t('ui.messages.switchRole', { role, number, otherRole })}
          title={t('ui.messages.switchRoleTitle', { otherRole })}
        >
          {role}
        </button>
        <span className="message-number" aria-hidden="true">
          #{number}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={() => removeMessage(message.id)}
          disabled={!props.canRemove}
          aria-label={t('ui.messages.remove', { number })}
          title={t('ui.messages.remove', { number })}
        >
          ×
        </button>
      </div>
      <textarea
        id={fieldId}
        className="grow"
        rows={3}
        value={message.content}
        // As in the composer: the opening question is "Message" to tests and screen readers.
        aria-label={
          props.isFirstUser ? t('ui.messages.firstUserLabel') : t('ui.messages.turnLabel', { number, role })
        }
        placeholder={t(`ui.messages.placeholders.${message.role}`)}
        onChange={(event) => setContent(message.id, event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${fieldId}-issue` : undefined}
      />
      <FieldIssue id={`${fieldId}-issue`} issue={issue} />
    </li>
  );
}
