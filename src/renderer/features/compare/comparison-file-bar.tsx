import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { useTabs } from '../workspace/tabs-store.ts';
import { useCompareStore } from './compare-store.ts';
import { useComparisonFiles } from './use-saved-comparisons.ts';

/** The comparison's name, Save, and New (a new comparison in a tab of its own). */
export function ComparisonFileBar() {
  const { t, i18n } = useTranslation();
  const { save } = useComparisonFiles();
  const name = useCompareStore((state) => state.name);
  const setName = useCompareStore((state) => state.setName);
  const savedAt = useCompareStore((state) => state.savedAt);
  // Only Save needs a name: Send to all with a missing model must not also ask for one.
  const [saveTried, setSaveTried] = useState(false);
  const nameIssue = saveTried && !name.trim();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppError>();

  async function onSave(): Promise<void> {
    setSaveTried(true);
    setSaving(true);
    try {
      const outcome = await save();
      setFailure(outcome.kind === 'failed' ? outcome.error : undefined);
    } finally {
      setSaving(false);
    }
  }

  // A new comparison opens in a tab of its own: the one here, running or not, stays as it is.
  function startNew(): void {
    useTabs.getState().newComparison();
  }

  const time =
    savedAt === undefined
      ? undefined
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt);

  return (
    <div className="comparison-file">
      <div className="field">
        <label htmlFor="compare-name">{t('ui.compare.name.label')}</label>
        <input
          id="compare-name"
          autoComplete="off"
          value={name}
          placeholder={t('ui.compare.name.placeholder')}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameIssue ? true : undefined}
          aria-describedby={nameIssue ? 'compare-name-issue' : undefined}
        />
        {nameIssue && (
          <p className="field-issue" id="compare-name-issue">
            {t('ui.compare.name.required')}
          </p>
        )}
      </div>
      <div className="comparison-file-actions">
        <button type="button" onClick={() => void onSave()} disabled={saving} aria-busy={saving || undefined}>
          {saving ? t('ui.compare.saving') : t('ui.compare.save')}
        </button>
        <button type="button" onClick={startNew}>
          {t('ui.compare.newComparison')}
        </button>
        <span className="field-help status-line" role="status">
          {failure
            ? t('ui.compare.saveFailed', { reason: errorText(failure, t).title })
            : time && t('ui.compare.savedAt', { time })}
        </span>
      </div>
    </div>
  );
}
