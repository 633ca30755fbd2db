import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyStatus = { code: string; copied: true } | { code: string; copied: false; message: string };

const copiedShownMs = 2000;

/**
 * Read-only code with a Copy button that says whether copying worked. The text copied is exactly
 * the text shown; while new code is on its way the button waits, so the two never differ.
 */
export function CodeView(props: {
  code: string | undefined;
  label: string;
  /** What the code is written in, shown above it. */
  caption?: string | undefined;
  testId: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CopyStatus>();
  const { code } = props;
  // A status belongs to the code it was about; once the code changes it would mislead.
  const shownStatus = status && status.code === code ? status : undefined;

  useEffect(() => {
    if (!status?.copied) return;
    const timer = setTimeout(() => setStatus(undefined), copiedShownMs);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ code: text, copied: true });
    } catch (error) {
      // Denied permission, an unfocused window, or no clipboard at all outside a secure context.
      setStatus({
        code: text,
        copied: false,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <section className="code-view" aria-label={props.label}>
      <div className="code-view-toolbar">
        <span className="code-view-caption">{props.caption}</span>
        <span
          className={shownStatus && !shownStatus.copied ? 'field-issue' : 'field-notice'}
          role="status"
          aria-live="polite"
        >
          {shownStatus &&
            (shownStatus.copied
              ? t('ui.export.copied')
              : t('ui.export.copyFailed', { message: shownStatus.message }))}
        </span>
        <button
          type="button"
          className="copy-button"
          disabled={code === undefined || props.busy === true}
          onClick={() => code !== undefined && void copy(code)}
        >
          {t('ui.export.copy')}
        </button>
      </div>
      {/* Focusable, so long code scrolls with the keyboard. */}
      <pre
        className="code-view-text"
        aria-busy={props.busy || undefined}
        data-testid={props.testId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        tabIndex={0}
      >
        {code ?? t('ui.export.loading')}
      </pre>
    </section>
  );
}

/** The notes the host or the translation added: what does not carry over, and what was chosen. */
export function NoteList(props: { notes: string[]; emptyText?: string }) {
  const { t } = useTranslation();
  if (props.notes.length === 0) {
    return props.emptyText ? <p className="field-help export-notes-empty">{props.emptyText}</p> : null;
  }
  return (
    <section className="export-notes" aria-label={t('ui.export.notesLabel')}>
      <h3>{t('ui.export.notesLabel')}</h3>
      <ul>
        {props.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
