import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryFilter } from '../../../shared/history-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { formatNumber } from '../../lib/format.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { hasFilters } from './history-view-store.ts';
import { useExactTotal, useRefreshHistory } from './use-history.ts';

type Asking = 'deleteMatching' | 'clear' | undefined;

/** Export, Delete matching and Clear all: each works on what the list shows (its filter). */
export function HistoryActions(props: {
  filter: HistoryFilter;
  total: number | undefined;
  /** The total stopped counting at its cap: shown as "1,000+". */
  totalAtLeast?: boolean | undefined;
}) {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const refresh = useRefreshHistory();
  const [asking, setAsking] = useState<Asking>();
  const [exportFailure, setExportFailure] = useState<string>();
  const [exported, setExported] = useState<number>();
  const total = props.total ?? 0;
  const filtered = hasFilters(props.filter);
  // A confirmation says the exact number, counted in the host's worker only when it is asked.
  const exactMatching = useExactTotal(
    props.filter,
    asking === 'deleteMatching' && props.totalAtLeast === true,
  );
  const allTotal = useExactTotal({}, asking === 'clear' && filtered).data;
  const matching = props.totalAtLeast ? exactMatching.data : total;
  // The whole history is counted exactly; with a filter on, the list's total is not the whole.
  const everything = filtered ? allTotal : total;
  const formatted = formatNumber(total, i18n.language);

  /** Part by part into one Blob: a large history never travels as one message. */
  async function exportMatching(): Promise<void> {
    const parts: string[] = [];
    let before: string | undefined;
    let fileName = 'promptwire-history.jsonl';
    let count = 0;
    setExportFailure(undefined);
    setExported(0);
    do {
      const result = await bridge['history.export']({
        ...props.filter,
        ...(before !== undefined && { before }),
      });
      if (!result.ok) {
        setExported(undefined);
        // What was exported so far is not thrown away: it is offered with the failure said.
        if (parts.length > 0) download(fileName, parts);
        setExportFailure(result.error.message);
        return;
      }
      parts.push(result.value.jsonl);
      fileName = result.value.fileName;
      count += result.value.count;
      setExported(count);
      before = result.value.nextCursor;
    } while (before !== undefined);
    setExported(undefined);
    download(fileName, parts);
  }

  async function deleteMatching(): Promise<string | undefined> {
    const result = await bridge['history.deleteMatching']({ ...props.filter, confirm: true });
    void refresh();
    return result.ok ? undefined : result.error.message;
  }

  async function clearAll(): Promise<string | undefined> {
    const result = await bridge['history.clear']({ confirm: true });
    void refresh();
    return result.ok ? undefined : result.error.message;
  }

  return (
    <div className="history-actions">
      {/* Nothing rather than "0 entries" while the first page is on its way. */}
      <span className="history-count">
        {props.total === undefined
          ? ''
          : props.totalAtLeast
            ? t('ui.history.countAtLeast', { formatted })
            : t('ui.history.count', { count: total, formatted })}
      </span>
      <button
        type="button"
        title={t('ui.history.actions.exportTitle')}
        disabled={total === 0 || exported !== undefined}
        onClick={() => void exportMatching()}
      >
        {exported === undefined
          ? t('ui.history.actions.export')
          : t('ui.history.actions.exporting', { formatted: formatNumber(exported, i18n.language) })}
      </button>
      {filtered && (
        <button
          type="button"
          className="danger-button"
          disabled={total === 0}
          onClick={() => setAsking('deleteMatching')}
        >
          {t('ui.history.actions.deleteMatching')}
        </button>
      )}
      <button type="button" className="danger-button" onClick={() => setAsking('clear')}>
        {t('ui.history.actions.clearAll')}
      </button>
      {exportFailure && (
        <p className="field-issue" role="alert">
          {t('ui.history.actions.failed', { message: exportFailure })}
        </p>
      )}
      <ConfirmDialog
        open={asking === 'deleteMatching'}
        titleId="history-delete-matching-title"
        title={t('ui.history.confirm.deleteMatchingTitle')}
        body={
          matching === undefined
            ? t('ui.history.confirm.counting')
            : t('ui.history.confirm.deleteMatchingBody', {
                count: matching,
                formatted: formatNumber(matching, i18n.language),
              })
        }
        action={
          matching === undefined
            ? t('ui.history.actions.deleteMatching')
            : t('ui.history.confirm.deleteMatchingAction', {
                count: matching,
                formatted: formatNumber(matching, i18n.language),
              })
        }
        onConfirm={deleteMatching}
        onClose={() => setAsking(undefined)}
      />
      <ConfirmDialog
        open={asking === 'clear'}
        titleId="history-clear-title"
        title={t('ui.history.confirm.clearTitle')}
        body={
          everything === undefined
            ? t('ui.history.confirm.counting')
            : t('ui.history.confirm.clearBody', {
                count: everything,
                formatted: formatNumber(everything, i18n.language),
              })
        }
        action={t('ui.history.confirm.clearAction')}
        onConfirm={clearAll}
        onClose={() => setAsking(undefined)}
      />
    </div>
  );
}

/** A Blob behind a temporary link: works the same in Electron and in a browser. */
function download(fileName: string, parts: string[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
