import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionView } from '../../../shared/collection-contract.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorSentence, errorText } from '../../lib/error-text.ts';
import { appErrorOf } from '../profiles/use-profiles.ts';
import { OpenCollectionDialog } from './open-collection-dialog.tsx';
import { useOpenSavedRequest } from './open-saved-request.ts';
import { useCollections, useRefreshCollections, useUpdateCollection } from './use-collections.ts';
import { VariablesDialog } from './variables-dialog.tsx';

/** The top of the left column: open collections, their environment, variables and saved requests. */
export function CollectionsSection() {
  const { t } = useTranslation();
  const list = useCollections();
  const [opening, setOpening] = useState(false);
  const loadError = appErrorOf(list.error);
  const collections = list.data?.collections ?? [];
  const problems = list.data?.problems ?? [];

  return (
    <section className="collections-section" aria-labelledby="collections-title">
      <div className="history-header">
        <h2 id="collections-title">{t('ui.collections.title')}</h2>
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpening(true)}>
          {t('ui.collections.open')}
        </button>
      </div>
      <div className="collections-body">
        {loadError && (
          <p className="field-issue">
            {t('ui.collections.loadFailed')} {errorText(loadError, t).title}{' '}
            <button type="button" className="link-button" onClick={() => void list.refetch()}>
              {t('ui.collections.retry')}
            </button>
          </p>
        )}
        {list.data && collections.length === 0 && problems.length === 0 && (
          <p className="field-help">{t('ui.collections.empty')}</p>
        )}
        {collections.map((collection) => (
          <CollectionBlock key={collection.id} collection={collection} />
        ))}
        {problems.map((problem) => (
          <UnreadableFolder key={problem.folder} {...problem} />
        ))}
      </div>
      <OpenCollectionDialog open={opening} onClose={() => setOpening(false)} />
    </section>
  );
}

function CollectionBlock(props: { collection: CollectionView }) {
  const { t } = useTranslation();
  const { collection } = props;
  const bridge = useBridge();
  const update = useUpdateCollection();
  const refresh = useRefreshCollections();
  const openRequest = useOpenSavedRequest();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const environments = Object.keys(collection.environments).sort();

  const report = (error: Parameters<typeof errorText>[0]) => {
    setProblem(errorSentence(error, t));
  };

  const chooseEnvironment = async (environment: string) => {
    const result = await bridge['collections.setEnvironment']({
      collectionId: collection.id,
      environment: environment === '' ? null : environment,
    });
    if (result.ok) {
      setProblem(undefined);
      update(result.value);
    } else report(result.error);
  };

  const close = async () => {
    const result = await bridge['collections.close']({ collectionId: collection.id });
    if (result.ok) refresh();
    else report(result.error);
  };

  const environmentId = `collection-${collection.id}-environment`;
  return (
    <div className="collection" data-testid="collection">
      <div className="collection-header">
        <h3 title={collection.folder}>{collection.name}</h3>
        <button
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          aria-label={t('ui.collections.variablesOf', { name: collection.name })}
          onClick={() => setEditing(true)}
        >
          {t('ui.collections.variables')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.collections.close', { name: collection.name })}
          title={t('ui.collections.closeTitle')}
          onClick={() => void close()}
        >
          ×
        </button>
      </div>
      <div className="collection-environment">
        <label htmlFor={environmentId}>{t('ui.collections.environment')}</label>
        <select
          id={environmentId}
          aria-label={t('ui.collections.environmentFor', { name: collection.name })}
          value={collection.environment ?? ''}
          onChange={(event) => void chooseEnvironment(event.target.value)}
        >
          <option value="">{t('ui.collections.noEnvironment')}</option>
          {environments.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {collection.items.length === 0 ? (
        <p className="field-help">{t('ui.collections.noRequests')}</p>
      ) : (
        <ul className="collection-items">
          {collection.items.map((item) => (
            <li key={item.path}>
              <button
                type="button"
                className="collection-item"
                aria-label={t('ui.collections.openRequest', { path: item.path })}
                title={item.path}
                onClick={() =>
                  void openRequest(collection.id, item.path).then((error) => error && report(error))
                }
              >
                {item.folder && <span className="collection-item-folder">{item.folder}/</span>}
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {collection.problems.length > 0 && (
        <p className="field-help">
          {t('ui.collections.problems', { problems: collection.problems.join('; ') })}
        </p>
      )}
      {problem && (
        <p className="field-issue" role="alert">
          {problem}
        </p>
      )}
      <VariablesDialog collection={collection} open={editing} onClose={() => setEditing(false)} />
    </div>
  );
}

/** A registered folder that cannot be read now (moved, a drive not mounted): say so, offer to forget it. */
function UnreadableFolder(props: { folder: string; problem: string; collectionId?: string }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const refresh = useRefreshCollections();
  const { collectionId } = props;
  return (
    <p className="field-issue">
      {t('ui.collections.unreadable', { folder: props.folder, problem: props.problem })}{' '}
      {collectionId && (
        <button
          type="button"
          className="link-button"
          title={t('ui.collections.closeTitle')}
          onClick={() => void bridge['collections.close']({ collectionId }).then(refresh)}
        >
          {t('ui.collections.forget')}
        </button>
      )}
    </p>
  );
}
