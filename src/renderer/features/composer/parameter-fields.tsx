import { useTranslation } from 'react-i18next';
import { type TextField, useDraftStore } from './draft-store.ts';
import { describedBy, FieldIssue } from './field-issue.tsx';
import type { DraftIssues, FieldName } from './validate-draft.ts';

type NumberField = Extract<TextField, 'temperature' | 'maxTokens' | 'topP'>;

const numberFields: { field: NumberField; id: string; decimal: boolean }[] = [
  { field: 'temperature', id: 'composer-temperature', decimal: true },
  { field: 'maxTokens', id: 'composer-max-tokens', decimal: false },
  { field: 'topP', id: 'composer-top-p', decimal: true },
];

/** Sampling parameters; an empty field is left out of the request so the vendor's default applies. */
export function ParameterFields(props: { issues: DraftIssues | undefined }) {
  const { t } = useTranslation();
  const setText = useDraftStore((state) => state.setText);
  const values = useDraftStore((state) => state);
  const issueOf = (field: FieldName) => props.issues?.fields[field];

  return (
    <fieldset className="parameters">
      <legend>{t('ui.parameters.legend')}</legend>
      <div className="parameter-grid">
        {numberFields.map(({ field, id, decimal }) => (
          <div className="field" key={field}>
            <label htmlFor={id}>{t(`ui.parameters.${field}.label`)}</label>
            <input
              id={id}
              type="text"
              inputMode={decimal ? 'decimal' : 'numeric'}
              autoComplete="off"
              value={values[field]}
              placeholder={t('ui.parameters.defaultPlaceholder')}
              onChange={(event) => setText(field, event.target.value)}
              aria-invalid={issueOf(field) ? true : undefined}
              aria-describedby={issueOf(field) ? `${id}-issue` : `${id}-help`}
            />
            {/* The issue restates the allowed range, so the help steps aside for it. */}
            {issueOf(field) ? (
              <FieldIssue id={`${id}-issue`} issue={issueOf(field)} />
            ) : (
              <p className="field-help" id={`${id}-help`}>
                {t(`ui.parameters.${field}.help`)}
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor="composer-stop">{t('ui.parameters.stop.label')}</label>
        <textarea
          id="composer-stop"
          className="grow single-line"
          rows={1}
          spellCheck={false}
          value={values.stop}
          placeholder={t('ui.parameters.stop.placeholder')}
          onChange={(event) => setText('stop', event.target.value)}
          aria-invalid={issueOf('stop') ? true : undefined}
          aria-describedby={describedBy(issueOf('stop') && 'composer-stop-issue', 'composer-stop-help')}
        />
        <p className="field-help" id="composer-stop-help">
          {t('ui.parameters.stop.help')}
        </p>
        <FieldIssue id="composer-stop-issue" issue={issueOf('stop')} />
      </div>
      <div className="field">
        <label htmlFor="composer-extra">{t('ui.parameters.extra.label')}</label>
        <textarea
          id="composer-extra"
          className="grow code-text"
          rows={values.extra ? 4 : 1}
          spellCheck={false}
          value={values.extra}
          placeholder={t('ui.parameters.extra.placeholder')}
          onChange={(event) => setText('extra', event.target.value)}
          aria-invalid={issueOf('extra') ? true : undefined}
          aria-describedby={describedBy(issueOf('extra') && 'composer-extra-issue', 'composer-extra-help')}
        />
        <p className="field-help" id="composer-extra-help">
          {t('ui.parameters.extra.help')}
        </p>
        <FieldIssue id="composer-extra-issue" issue={issueOf('extra')} />
      </div>
    </fieldset>
  );
}
