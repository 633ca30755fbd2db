import { useTranslation } from 'react-i18next';
import { useDraftStore } from '../composer/draft-store.ts';
import { missingVariables, useCollections } from './use-collections.ts';

/**
 * Above the composer of a saved request: where it is saved, the environment its `{{variables}}`
 * take their values from, and the names that have none there (they would go out as written).
 */
export function DraftSourceBar(props: { status: string | undefined; onSaveAs(): void }) {
  const { t } = useTranslation();
  const draft = useDraftStore();
  const collections = useCollections().data?.collections;
  const { source } = draft;
  if (!source) return null;
  const collection = collections?.find((candidate) => candidate.id === source.collectionId);
  const missing = collection ? missingVariables(draft, collection) : [];

  return (
    <section className="draft-source" aria-label={t('ui.source.label')}>
      <p className="draft-source-line">
        {collection ? (
          <span className="draft-source-path">
            {t('ui.source.in', { collection: collection.name, path: source.path })}
            {collection.environment && (
              <span className="draft-source-environment">
                {' · '}
                {t('ui.source.environment', { environment: collection.environment })}
              </span>
            )}
          </span>
        ) : (
          collections && <span className="field-issue">{t('ui.source.gone', { path: source.path })}</span>
        )}
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={props.onSaveAs}>
          {t('ui.saveRequest.saveAs')}
        </button>
        <button
          type="button"
          className="link-button"
          title={t('ui.source.unlinkTitle')}
          onClick={() => draft.setSource(undefined)}
        >
          {t('ui.source.unlink')}
        </button>
      </p>
      {props.status && (
        <p className="field-help" role="status">
          {props.status}
        </p>
      )}
      {missing.length > 0 && (
        <p className="field-warning" role="status">
          {t('ui.source.missing', {
            count: missing.length,
            names: missing.map((name) => `{{${name}}}`).join(', '),
          })}{' '}
          {t('ui.source.missingHint')}
        </p>
      )}
    </section>
  );
}
