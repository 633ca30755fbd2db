import { useTranslation } from 'react-i18next';
import { modelSuggestions, useFetchedModels } from '../profiles/use-fetched-models.ts';
import { appErrorOf, useProfiles } from '../profiles/use-profiles.ts';
import { ErrorBox } from '../response/error-box.tsx';
import { useDraftStore } from './draft-store.ts';
import { describedBy, FieldIssue } from './field-issue.tsx';
import type { DraftIssues } from './validate-draft.ts';

/**
 * Model (free text, with the profile's suggestions and whatever "Fetch models" brought back from
 * the endpoint) and the system prompt.
 */
export function ModelFields(props: { issues: DraftIssues | undefined }) {
  const { t } = useTranslation();
  const model = useDraftStore((state) => state.model);
  const system = useDraftStore((state) => state.system);
  const profileId = useDraftStore((state) => state.profileId);
  const setText = useDraftStore((state) => state.setText);
  const known = useProfiles().data?.find((profile) => profile.id === profileId)?.models ?? [];
  const fetched = useFetchedModels(profileId);
  const suggestions = modelSuggestions(fetched.data, known);
  const fetchError = fetched.isError && !fetched.isFetching ? appErrorOf(fetched.error) : undefined;
  const modelIssue = props.issues?.fields.model;
  const fetchStatus = fetched.isFetching
    ? t('ui.fetchModels.fetching')
    : fetched.isSuccess && !fetched.isError
      ? fetched.data.length === 0
        ? t('ui.fetchModels.none')
        : t('ui.fetchModels.fetched', { count: fetched.data.length })
      : '';

  return (
    <>
      <div className="field">
        <label htmlFor="composer-model">{t('ui.model.label')}</label>
        <div className="input-row">
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
          <button
            type="button"
            onClick={() => void fetched.refetch()}
            disabled={fetched.isFetching}
            aria-busy={fetched.isFetching || undefined}
          >
            {t('ui.fetchModels.button')}
          </button>
        </div>
        <datalist id="composer-model-suggestions" data-testid="model-suggestions">
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <FieldIssue id="composer-model-issue" issue={modelIssue} />
        <p className="field-help status-line" role="status">
          {fetchStatus}
        </p>
        {fetchError && <ErrorBox error={fetchError} status={fetchError.status} partial={false} />}
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
