import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistorySettings } from '../../../shared/history-schemas.ts';
import { useNetworkSettings, useSaveNetworkSettings } from '../network/use-network-settings.ts';
import { useRefreshHistory } from './use-history.ts';

type Mode = 'forever' | 'days' | 'entries';
const limits: Record<Exclude<Mode, 'forever'>, number> = { days: 36_500, entries: 10_000_000 };

/** The History settings button and its popover: how long entries are kept. */
export function RetentionButton() {
  const { t } = useTranslation();
  // Remounting the form on every opening starts it from what is saved, not from an abandoned edit.
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button
        type="button"
        className="icon-button history-settings-button"
        popoverTarget="history-settings"
        aria-label={t('ui.history.settings.open')}
        title={t('ui.history.settings.open')}
      >
        ⚙
      </button>
      <div
        id="history-settings"
        className="history-popover"
        popover="auto"
        onToggle={(event) => {
          if ((event.nativeEvent as ToggleEvent).newState === 'open') setOpening(opening + 1);
        }}
      >
        {opening > 0 && <RetentionForm key={opening} />}
      </div>
    </>
  );
}

function RetentionForm() {
  const { t } = useTranslation();
  const settings = useNetworkSettings();
  const save = useSaveNetworkSettings();
  const refresh = useRefreshHistory();
  const saved = settings.data?.history;
  const [mode, setMode] = useState<Mode>(modeOf(saved));
  const [days, setDays] = useState(String(saved?.retentionDays ?? 30));
  const [entries, setEntries] = useState(String(saved?.retentionEntries ?? 10_000));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<string>();

  const text = mode === 'days' ? days : entries;
  const value = Number(text.trim());
  const invalid = mode !== 'forever' && !(Number.isInteger(value) && value >= 1 && value <= limits[mode]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (invalid) return;
    const history: HistorySettings =
      mode === 'days' ? { retentionDays: value } : mode === 'entries' ? { retentionEntries: value } : {};
    setState('saving');
    const result = await save({ history });
    setState(result.ok ? 'saved' : 'idle');
    setProblem(result.ok ? undefined : result.error.message);
    // Retention applies as it is saved; the list shows what is left.
    if (result.ok) void refresh();
  }

  return (
    <form className="retention-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('ui.history.settings.title')}</legend>
        {(['forever', 'days', 'entries'] as const).map((option) => (
          <label className="radio" key={option}>
            <input
              type="radio"
              name="history-retention"
              checked={mode === option}
              onChange={() => {
                setMode(option);
                setState('idle');
              }}
            />
            {t(`ui.history.settings.${option}`)}
          </label>
        ))}
        {mode !== 'forever' && (
          <label className="retention-number">
            <span>
              {t(mode === 'days' ? 'ui.history.settings.daysField' : 'ui.history.settings.entriesField')}
            </span>
            <input
              type="number"
              min={1}
              max={limits[mode]}
              value={text}
              aria-invalid={invalid}
              onChange={(event) => {
                (mode === 'days' ? setDays : setEntries)(event.target.value);
                setState('idle');
              }}
            />
          </label>
        )}
        {invalid && <p className="field-issue">{t('ui.history.settings.invalid', { max: limits[mode] })}</p>}
        {problem && (
          <p className="field-issue" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
      <div className="retention-footer">
        <span role="status">{state === 'saved' ? t('ui.history.settings.saved') : ''}</span>
        <button type="submit" className="primary-button" disabled={invalid || state === 'saving'}>
          {state === 'saving' ? t('ui.history.settings.saving') : t('ui.history.settings.save')}
        </button>
      </div>
    </form>
  );
}

function modeOf(settings: HistorySettings | undefined): Mode {
  if (settings?.retentionDays !== undefined) return 'days';
  if (settings?.retentionEntries !== undefined) return 'entries';
  return 'forever';
}
