import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../lib/translate-dynamic.ts';
import type { Issue } from './validate-draft.ts';

/** The inline message under a field; its id goes into the field's aria-describedby. */
export function FieldIssue(props: { id: string; issue: Issue | undefined }) {
  const { t } = useTranslation();
  if (!props.issue) return null;
  return (
    <p className="field-issue" id={props.id}>
      {translateDynamic(t, `ui.validation.${props.issue.key}`, props.issue.params)}
    </p>
  );
}

/** aria-describedby for a field: its issue first (read first), then its help text. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}
