import { useTranslation } from 'react-i18next';
import type { DraftMessage } from './draft-store.ts';
import { FieldIssue } from './field-issue.tsx';
import type { Issue } from './validate-draft.ts';

/**
 * One turn of a conversation being composed: its role (a toggle), its number, remove, and its
 * text. The composer and the comparison's shared conversation both use it, each with its store.
 */
export function MessageItem(props: {
  message: DraftMessage;
  number: number;
  isFirstUser: boolean;
  canRemove: boolean;
  issue: Issue | undefined;
  /** The text field's id is `${idPrefix}-${message.id}`. */
  idPrefix: string;
  onContent(id: string, content: string): void;
  onToggleRole(id: string): void;
  onRemove(id: string): void;
}) {
  const { t } = useTranslation();
  const { message, number, issue } = props;
  const role = t(`ui.messages.roles.${message.role}`);
  const otherRole = t(`ui.messages.roles.${message.role === 'user' ? 'assistant' : 'user'}`);
  const fieldId = `${props.idPrefix}-${message.id}`;
  const issueId = `${fieldId}-issue`;

  return (
    <li className={`message message-${message.role}`}>
      <div className="message-header">
        <button
          type="button"
          className="role-toggle"
          onClick={() => props.onToggleRole(message.id)}
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
          onClick={() => props.onRemove(message.id)}
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
        // End-to-end tests and screen readers find the conversation's opening question as "Message".
        aria-label={
          props.isFirstUser ? t('ui.messages.firstUserLabel') : t('ui.messages.turnLabel', { number, role })
        }
        placeholder={t(`ui.messages.placeholders.${message.role}`)}
        onChange={(event) => props.onContent(message.id, event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? issueId : undefined}
      />
      <FieldIssue id={issueId} issue={issue} />
    </li>
  );
}
