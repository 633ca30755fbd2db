import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorSentence } from '../../lib/error-text.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useUpdateCollection } from './use-collections.ts';

/**
 * Opens a collection by its folder's path, typed or pasted: browser mode has no folder picker
 * that tells a page a path, and a path is what a git checkout is known by anyway.
 */
export function OpenCollectionDialog(props: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={props.open}
      onClose={props.onClose}
      titleId="open-collection-title"
      title={t('ui.collections.openTitle')}
      className="collection-dialog"
    >
      <OpenCollectionForm onDone={props.onClose} />
    </ModalDialog>
  );
}

function OpenCollectionForm(props: { onDone(): void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const update = useUpdateCollection();
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await bridge['collections.open']({
      folder,
      ...(name.trim() && { name: name.trim() }),
    });
    setBusy(false);
    if (!result.ok) {
      // What was typed stays, with the reason and the fix under it.
      setProblem(errorSentence(result.error, t));
      return;
    }
    update(result.value);
    props.onDone();
  };

  return (
    <form className="dialog-body collection-form" onSubmit={(event) => void submit(event)}>
      <label className="field-label" htmlFor="collection-folder">
        {t('ui.collections.folder')}
      </label>
      <input
        id="collection-folder"
        value={folder}
        placeholder={t('ui.collections.folderPlaceholder')}
        spellCheck={false}
        aria-describedby="collection-folder-help"
        aria-invalid={problem !== undefined}
        onChange={(event) => {
          setFolder(event.target.value);
          setProblem(undefined);
        }}
      />
      <p id="collection-folder-help" className="field-help">
        {t('ui.collections.folderHelp')}
      </p>
      <label className="field-label" htmlFor="collection-name">
        {t('ui.collections.name')}
      </label>
      <input id="collection-name" value={name} onChange={(event) => setName(event.target.value)} />
      {problem && (
        <p className="field-issue" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-footer">
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('ui.collections.opening') : t('ui.collections.openButton')}
        </button>
      </div>
    </form>
  );
}
