import { useTranslation } from 'react-i18next';
import { useProfiles } from '../profiles/use-profiles.ts';
import { useDraftStore } from './draft-store.ts';
import { describedBy, FieldIssue } from './field-issue.tsx';
import type { DraftIssues } from './validate-draft.ts';

/** Model (free text, with the profile's suggestions) and the system prompt. */
export function ModelFields(props: { issues: DraftIssues | undefined }) {
  const { t } = useTranslation();
  const model = useDraftStore((state) => state.model);
  const system = useDraftStore((state) => state.system);
  const profileId = useDraftStore((state) => state.profileId);
  const setText = useDraftStore((state) => state.setText);
  const suggestions = useProfiles().data?.find((profile) => profile.id === profileId)?.models ?? [];
  const modelIssue = props.issues?.fields.model;

  return (
    <>
      <div className="field">
        <label htmlFor="composer-model">{t('ui.model.label')}</label>
        <input
          id="composer-model"
          list="composer-model-suggestions"
          autoComplete="off"
          spellCheck={false}
          value={model}
          placeholder={t('ui.model.placeholder')}
          onChange={(event) => setText('model', event.target.value)}
          aria-invalid={modelIssue ? true : undefined}
          aria-describedby={describedBy(modelIssue && 'composer-model-issue')}
        />
        <datalist id="composer-model-suggestions">
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <FieldIssue id="composer-model-issue" issue={modelIssue} />
      </div>
      <div className="field">
        <label htmlFor="composer-system">{t('ui.system.label')}</label>
        <textarea
          id="composer-system"
          className="grow"
          rows={2}
          value={system}
          placeholder={t('ui.system.placeholder')}
          onChange={(event) => setText('system', event.target.value)}
        />
      </div>
    </>
  );
}
