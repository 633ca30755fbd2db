import { type ReactNode, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

/**
 * A modal <dialog> with a title and a close button: the browser traps focus, closes it on Escape
 * and gives focus back to the button that opened it. Its content mounts on open, so every opening
 * starts from what is saved. It is portalled to <body> because it is often opened from inside the
 * composer's <form>, where its own form would be nested.
 */
export function ModalDialog(props: {
  open: boolean;
  onClose(): void;
  titleId: string;
  title: string;
  subtitle?: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return createPortal(
    <dialog
      ref={dialog}
      className={['modal-dialog', props.className].filter(Boolean).join(' ')}
      aria-labelledby={props.titleId}
      onClose={props.onClose}
      // React passes events up its own tree, through the portal: Ctrl+Enter or a submit in the
      // dialog must not reach the composer's form, which would send a paid request.
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => event.stopPropagation()}
    >
      {props.open && (
        <>
          <div className="dialog-header">
            <div className="dialog-title">
              <h2 id={props.titleId}>{props.title}</h2>
              {props.subtitle && <p className="dialog-subtitle">{props.subtitle}</p>}
            </div>
            <button
              type="button"
              className="icon-button"
              onClick={props.onClose}
              aria-label={t('ui.profiles.close')}
              title={t('ui.profiles.close')}
            >
              ×
            </button>
          </div>
          {props.children}
        </>
      )}
    </dialog>,
    document.body,
  );
}
