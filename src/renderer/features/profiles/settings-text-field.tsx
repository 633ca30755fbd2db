import { describedBy } from '../composer/field-issue.tsx';

/** A labelled one-line field of Profile settings, with its issue and help under it. */
export function SettingsTextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  issue?: string;
  help?: string;
  placeholder?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  /** URLs and model names read better in the monospaced face, as everywhere else. */
  code?: boolean;
  type?: 'text' | 'url';
}) {
  const { id, issue, help } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        className={props.code ? 'code-input' : undefined}
        autoComplete="off"
        spellCheck={false}
        list={props.list}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(issue && `${id}-issue`, help && `${id}-help`)}
      />
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {issue}
        </p>
      )}
      {help && (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}
