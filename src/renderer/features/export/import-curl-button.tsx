import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { ImportCurlForm } from './import-curl-form.tsx';

/** "Import curl" beside the Provider label, and its dialog. */
export function ImportCurlButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Held here rather than in the dialog, whose content unmounts on close: a long paste survives
  // an Escape pressed by mistake. A successful import empties it, key and all.
  const [command, setCommand] = useState('');
  return (
    <>
      <button
        type="button"
        className="label-action"
        aria-haspopup="dialog"
        title={t('ui.importCurl.buttonTitle')}
        onClick={() => setOpen(true)}
      >
        {t('ui.importCurl.button')}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        titleId="import-curl-title"
        title={t('ui.importCurl.title')}
        className="import-curl-dialog"
      >
        <ImportCurlForm
          command={command}
          onCommandChange={setCommand}
          onImported={() => {
            setCommand('');
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      </ModalDialog>
    </>
  );
}
