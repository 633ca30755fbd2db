import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/modal-dialog.tsx';

/** Asks once before something that cannot be undone; the dangerous button is never the default. */
export function ConfirmDialog(props: {
  open: boolean;
  titleId: string;
  title: string;
  body: string;
  action: string;
  onConfirm(): Promise<string | undefined>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function confirm(): Promise<void> {
    setWorking(true);
    const problem = await props.onConfirm();
    setWorking(false);
    setFailure(problem);
    if (!problem) props.onClose();
  }

  function close(): void {
    setFailure(undefined);
    props.onClose();
  }

  return (
    <ModalDialog open={props.open} onClose={close} titleId={props.titleId} title={props.title}>
      <div className="confirm-body">
        <p>{props.body}</p>
        {failure && (
          <p className="field-issue" role="alert">
            {t('ui.history.actions.failed', { message: failure })}
          </p>
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" onClick={close}>
          {t('ui.history.confirm.cancel')}
        </button>
        <button
          type="button"
          className="danger-button solid"
          disabled={working}
          onClick={() => void confirm()}
        >
          {working ? t('ui.history.confirm.working') : props.action}
        </button>
      </div>
    </ModalDialog>
  );
}
