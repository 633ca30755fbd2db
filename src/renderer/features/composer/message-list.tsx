import { useTranslation } from 'react-i18next';
import { type DraftMessage, useDraftStore } from './draft-store.ts';
import { FieldIssue } from './field-issue.tsx';
import type { DraftIssues } from './validate-draft.ts';

/** The conversation sent to the model, oldest first. */
export function MessageList(props: { issues: DraftIssues | undefined }) {
  const { t } = useTranslation();
  const messages = useDraftStore((state) => state.messages);
  const addMessage = useDraftStore((state) => state.addMessage);
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
          />
        ))}
      </ol>
      <button type="button" className="add-message" onClick={addMessage}>
        {t('ui.messages.add')}
      </button>
    </fieldset>
  );
}

function MessageItem(props: {
  message: DraftMessage;
  number: number;
  isFirstUser: boolean;
  canRemove: boolean;
  issue: DraftIssues['messages'][string] | undefined;
}) {
  const { t } = useTranslation();
  const setContent = useDraftStore((state) => state.setMessageContent);
  const toggleRole = useDraftStore((state) => state.toggleMessageRole);
  const removeMessage = useDraftStore((state) => state.removeMessage);
  const { message, number, issue } = props;
  const role = t(`ui.messages.roles.${message.role}`);
  const otherRole = t(`ui.messages.roles.${message.role === 'user' ? 'assistant' : 'user'}`);
  const issueId = `message-${message.id}-issue`;

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
        id={`message-${message.id}`}
        className="grow"
        rows={3}
        value={message.content}
        // End-to-end tests and screen readers find the conversation's opening question as "Message".
        aria-label={
          props.isFirstUser ? t('ui.messages.firstUserLabel') : t('ui.messages.turnLabel', { number, role })
        }
        placeholder={t(`ui.messages.placeholders.${message.role}`)}
        onChange={(event) => setContent(message.id, event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? issueId : undefined}
      />
      <FieldIssue id={issueId} issue={issue} />
    </li>
  );
}
