import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldIssue } from '../composer/field-issue.tsx';
import { useProfiles } from '../profiles/use-profiles.ts';
import { paneFieldId } from './compare-actions.ts';
import { useCompareStore } from './compare-store.ts';
import type { PaneSettings, PaneTextField } from './pane-settings.ts';
import { paneFieldIssues } from './validate-comparison.ts';

type ParameterField = Exclude<PaneTextField, 'model'>;

const parameterFields: { field: ParameterField; decimal: boolean }[] = [
  { field: 'temperature', decimal: true },
  { field: 'maxTokens', decimal: false },
  { field: 'topP', decimal: true },
  { field: 'stop', decimal: false },
];

/** The pane's own profile, model and sampling parameters; the parameters fold away when unused. */
export function PaneFields(props: { pane: PaneSettings }) {
  const { t } = useTranslation();
  const { pane } = props;
  const profiles = useProfiles().data ?? [];
  const showIssues = useCompareStore((state) => state.showIssues);
  const setText = useCompareStore((state) => state.setPaneText);
  const setProfile = useCompareStore((state) => state.setPaneProfile);
  const issues = useMemo(() => (showIssues ? paneFieldIssues(pane) : undefined), [showIssues, pane]);
  const profile = profiles.find((candidate) => candidate.id === pane.profileId);
  const modelId = paneFieldId(pane.id, 'model');
  const profileFieldId = `pane-${pane.id}-profile`;
  const suggestionsId = `pane-${pane.id}-models`;
  const parameterIssue = parameterFields.some(({ field }) => issues?.[field]);
  // Opened by the reader, or by an issue inside; an issue fixed does not fold it under their cursor.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (parameterIssue) setOpened(true);
  }, [parameterIssue]);

  const setValues = parameterFields.filter(({ field }) => pane[field].trim() !== '');
  const summary =
    setValues.length === 0
      ? t('ui.compare.pane.parametersDefault')
      : t('ui.compare.pane.parametersSummary', {
          values: setValues
            .map(({ field }) => `${t(`ui.parameters.${field}.label`)} ${pane[field].trim()}`)
            .join(' · '),
        });

  return (
    <div className="pane-fields">
      <div className="pane-field-row">
        <div className="field">
          <label htmlFor={profileFieldId}>{t('ui.provider.label')}</label>
          <select
            id={profileFieldId}
            value={profile ? pane.profileId : ''}
            disabled={profiles.length === 0}
            onChange={(event) => {
              const chosen = profiles.find((candidate) => candidate.id === event.target.value);
              if (chosen) setProfile(pane.id, chosen.id, chosen.defaultModel);
            }}
          >
            {!profile && <option value="">{pane.profileId}</option>}
            {profiles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={modelId}>{t('ui.model.label')}</label>
          <input
            id={modelId}
            list={suggestionsId}
            autoComplete="off"
            spellCheck={false}
            value={pane.model}
            placeholder={t('ui.model.placeholder')}
            onChange={(event) => setText(pane.id, 'model', event.target.value)}
            aria-invalid={issues?.model ? true : undefined}
            aria-describedby={describedBy(issues?.model && `${modelId}-issue`)}
          />
          <datalist id={suggestionsId}>
            {(profile?.models ?? []).map((model) => (
              <option key={model} value={model} />
            ))}
          </datalist>
          <FieldIssue id={`${modelId}-issue`} issue={issues?.model} />
        </div>
      </div>
      <details
        className="pane-parameters"
        open={opened}
        onToggle={(event) => setOpened(event.currentTarget.open)}
      >
        <summary>{summary}</summary>
        <div className="pane-parameter-grid">
          {parameterFields.map(({ field, decimal }) => {
            const id = paneFieldId(pane.id, field);
            const issue = issues?.[field];
            return (
              <div className={field === 'stop' ? 'field pane-stop' : 'field'} key={field}>
                <label htmlFor={id}>{t(`ui.parameters.${field}.label`)}</label>
                <input
                  id={id}
                  type="text"
                  inputMode={field === 'stop' ? 'text' : decimal ? 'decimal' : 'numeric'}
                  autoComplete="off"
                  spellCheck={false}
                  value={pane[field]}
                  placeholder={
                    field === 'stop'
                      ? t('ui.parameters.stop.placeholder')
                      : t('ui.parameters.defaultPlaceholder')
                  }
                  title={t(`ui.parameters.${field}.help`)}
                  onChange={(event) => setText(pane.id, field, event.target.value)}
                  aria-invalid={issue ? true : undefined}
                  aria-describedby={describedBy(issue && `${id}-issue`)}
                />
                <FieldIssue id={`${id}-issue`} issue={issue} />
              </div>
            );
          })}
        </div>
      </details>
    </div>
  );
}
