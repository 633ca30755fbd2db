import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonSummary } from '../../../shared/comparison-schemas.ts';
import { errorText } from '../../lib/error-text.ts';
import { appErrorOf } from '../profiles/use-profiles.ts';
import { useCompareStore } from './compare-store.ts';
import { useComparisonFiles, useSavedComparisons } from './use-saved-comparisons.ts';

const confirmMs = 5000;

/** Saved comparisons, newest first: open one, or delete it after a second press. */
export function SavedComparisonList() {
  const { t } = useTranslation();
  const saved = useSavedComparisons();
  const [openError, setOpenError] = useState<string>();
  const loadError = appErrorOf(saved.error);
  const problems = saved.data?.problems ?? [];

  return (
    <section className="saved-comparisons" aria-labelledby="saved-comparisons-title">
      <h2 id="saved-comparisons-title">{t('ui.compare.saved.title')}</h2>
      {saved.isPending && <p className="field-help">{t('ui.compare.saved.loading')}</p>}
      {loadError && (
        <p className="field-issue">
          {t('ui.compare.saved.loadFailed')} {errorText(loadError, t).title}{' '}
          <button type="button" className="link-button" onClick={() => void saved.refetch()}>
            {t('ui.compare.saved.retry')}
          </button>
        </p>
      )}
      {saved.data && saved.data.comparisons.length === 0 && (
        <p className="field-help">{t('ui.compare.saved.empty')}</p>
      )}
      {saved.data && saved.data.comparisons.length > 0 && (
        <ul className="saved-list">
          {saved.data.comparisons.map((summary) => (
            <SavedRow key={summary.id} summary={summary} onOpenError={setOpenError} />
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p className="field-help">
          {t('ui.compare.saved.problems', { count: problems.length, names: problems.join(', ') })}
        </p>
      )}
      {openError && (
        <p className="field-issue" role="alert">
          {openError}
        </p>
      )}
    </section>
  );
}

function SavedRow(props: { summary: ComparisonSummary; onOpenError(message: string | undefined): void }) {
  const { t, i18n } = useTranslation();
  const { summary } = props;
  const { open, remove } = useComparisonFiles();
  const isCurrent = useCompareStore((state) => state.comparisonId === summary.id);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), confirmMs);
    return () => clearTimeout(timer);
  }, [confirming]);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    summary.savedAt,
  );

  async function onOpen(): Promise<void> {
    const result = await open(summary.id);
    props.onOpenError(
      result.ok ? undefined : t('ui.compare.saved.openFailed', { reason: errorText(result.error, t).title }),
    );
  }

  return (
    <li className={isCurrent ? 'saved-row current' : 'saved-row'}>
      <button
        type="button"
        className="saved-open"
        aria-label={t('ui.compare.saved.open', { name: summary.name })}
        onClick={() => void onOpen()}
      >
        <span className="saved-name">{summary.name}</span>
        <span className="saved-meta">
          {t('ui.compare.saved.summary', { models: summary.models.join(', '), time })}
          {isCurrent && ` · ${t('ui.compare.saved.current')}`}
        </span>
      </button>
      {confirming ? (
        <span className="saved-confirm">
          <span>{t('ui.compare.saved.confirmDelete')}</span>
          <button type="button" className="danger-button" onClick={() => void remove(summary.id)}>
            {t('ui.compare.saved.confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('ui.compare.saved.cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="icon-button"
          aria-label={t('ui.compare.saved.delete', { name: summary.name })}
          title={t('ui.compare.saved.delete', { name: summary.name })}
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      )}
    </li>
  );
}
