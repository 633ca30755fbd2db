import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionRequest } from '../../../shared/collection-contract.ts';
import { itemPathSchema } from '../../../shared/collection-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorSentence } from '../../lib/error-text.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useDraftStore } from '../composer/draft-store.ts';
import { useCollections, useUpdateCollection } from './use-collections.ts';

/** Save as: a collection and a folder/name for the composer's request. */
export function SaveRequestDialog(props: { subject: CollectionRequest | undefined; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={props.subject !== undefined}
      onClose={props.onClose}
      titleId="save-request-title"
      title={t('ui.saveRequest.title')}
      className="collection-dialog"
    >
      {props.subject && <SaveRequestForm subject={props.subject} onDone={props.onClose} />}
    </ModalDialog>
  );
}

function SaveRequestForm(props: { subject: CollectionRequest; onDone(): void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const update = useUpdateCollection();
  const collections = useCollections().data?.collections ?? [];
  const source = useDraftStore((state) => state.source);
  const [collectionId, setCollectionId] = useState(source?.collectionId ?? collections[0]?.id ?? '');
  const [path, setPath] = useState(source?.path ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; exists: boolean }>();
  const chosen = collections.find((collection) => collection.id === collectionId) ?? collections[0];

  if (!chosen) {
    return (
      <div className="dialog-body">
        <p className="field-issue" role="alert">
          {t('ui.saveRequest.noCollection')}
        </p>
      </div>
    );
  }

  const save = async (replace: boolean) => {
    const checked = itemPathSchema.safeParse(path.trim());
    if (!checked.success) {
      setProblem({ text: t('ui.saveRequest.invalidPath'), exists: false });
      return;
    }
    setBusy(true);
    const result = await bridge['collections.saveRequest']({
      collectionId: chosen.id,
      path: checked.data,
      saved: props.subject,
      ...(replace && { replace: true }),
    });
    setBusy(false);
    if (!result.ok) {
      // Not an invalid request, only a name taken: said plainly, with the way to save over it.
      const exists = result.error.hintKey === 'collection-request-exists';
      setProblem({
        text: exists
          ? t('ui.saveRequest.exists', { path: checked.data, collection: chosen.name })
          : errorSentence(result.error, t),
        exists,
      });
      return;
    }
    update(result.value);
    useDraftStore.getState().setSource({ collectionId: chosen.id, path: checked.data });
    props.onDone();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="dialog-body collection-form" onSubmit={submit}>
      <label className="field-label" htmlFor="save-request-collection">
        {t('ui.saveRequest.collection')}
      </label>
      <select
        id="save-request-collection"
        value={chosen.id}
        onChange={(event) => setCollectionId(event.target.value)}
      >
        {collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor="save-request-path">
        {t('ui.saveRequest.path')}
      </label>
      <input
        id="save-request-path"
        value={path}
        spellCheck={false}
        aria-describedby="save-request-path-help"
        aria-invalid={problem !== undefined}
        onChange={(event) => {
          setPath(event.target.value);
          setProblem(undefined);
        }}
      />
      <p id="save-request-path-help" className="field-help">
        {t('ui.saveRequest.pathHelp')}
      </p>
      {problem && (
        <p className="field-issue" role="alert">
          {problem.text}
        </p>
      )}
      <div className="dialog-footer">
        {problem?.exists && (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t('ui.saveRequest.replace')}
          </button>
        )}
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('ui.saveRequest.saving') : t('ui.saveRequest.save')}
        </button>
      </div>
    </form>
  );
}
