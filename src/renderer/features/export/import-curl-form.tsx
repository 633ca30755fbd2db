import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { useDraftStore } from '../composer/draft-store.ts';
import { profilesQueryKey } from '../profiles/use-profiles.ts';
import { useImportNotice } from './import-notice-store.ts';

/**
 * The paste and its Import button. The command goes over a plain bridge call, not a react-query
 * mutation, which would keep it (and any key in it) in its cache as the mutation's variables.
 */
export function ImportCurlForm(props: {
  command: string;
  onCommandChange(command: string): void;
  onImported(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const load = useDraftStore((state) => state.load);
  const showNotice = useImportNotice((state) => state.show);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<AppError>();
  const shown = error && errorText(error, t);
  const empty = props.command.trim() === '';

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (empty || importing) return;
    setImporting(true);
    setError(undefined);
    const result = await bridge['request.importCurl']({ command: props.command });
    if (!result.ok) {
      setImporting(false);
      setError(result.error);
      return;
    }
    const { profileId, request, ...notice } = result.value;
    // The profile may be new, or hold a new key: the select must know it before the draft points at it.
    await queryClient.invalidateQueries({ queryKey: profilesQueryKey });
    load(profileId, request);
    showNotice(notice);
    setImporting(false);
    props.onImported();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form className="dialog-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="dialog-body">
        <div className="field">
          <label htmlFor="import-curl-command">{t('ui.importCurl.label')}</label>
          <textarea
            id="import-curl-command"
            className="code-input import-curl-command"
            rows={12}
            spellCheck={false}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the dialog opens for this one field, to paste into.
            autoFocus
            value={props.command}
            placeholder={t('ui.importCurl.placeholder')}
            onChange={(event) => props.onCommandChange(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? 'import-curl-error import-curl-help' : 'import-curl-help'}
          />
          <p className="field-help" id="import-curl-help">
            {t('ui.importCurl.help')}
          </p>
        </div>
        {shown && (
          <div className="import-curl-error" id="import-curl-error" role="alert">
            <p className="import-curl-error-title">{t('ui.importCurl.failed')}</p>
            <p>{shown.title}</p>
            {shown.hint && <p className="error-hint">{shown.hint}</p>}
          </div>
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" onClick={props.onCancel}>
          {t('ui.importCurl.cancel')}
        </button>
        <button type="submit" className="primary-button" disabled={empty || importing}>
          {importing ? t('ui.importCurl.importing') : t('ui.importCurl.import')}
        </button>
      </div>
    </form>
  );
}
