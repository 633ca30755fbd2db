import { describedBy } from '../composer/field-issue.tsx';

/** A short numeric text field with its unit after it and its issue under it. */
export function NumberField(props: {
  id: string;
  label: string;
  value: string;
  /** Shown after the field ("s"), and read out in full ("seconds"). */
  unit?: { short: string; long: string };
  issue?: string;
  decimal: boolean;
  onChange(value: string): void;
}) {
  const { id, issue, unit } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="number-input">
        <input
          id={id}
          type="text"
          inputMode={props.decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy(issue && `${id}-issue`, unit && `${id}-unit`)}
        />
        {unit && (
          <span className="unit" aria-hidden="true">
            {unit.short}
          </span>
        )}
        {unit && (
          <span className="visually-hidden" id={`${id}-unit`}>
            {unit.long}
          </span>
        )}
      </div>
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {issue}
        </p>
      )}
    </div>
  );
}
