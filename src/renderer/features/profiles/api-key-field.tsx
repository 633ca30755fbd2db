import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { useApplyKeyStatus } from './use-profiles.ts';

/**
 * The key lives only in the uncontrolled password input until Save, and the input is emptied as
 * soon as the host has it: no React state, store or cache ever holds it.
 */
export function ApiKeyField(props: { profile: ProfileSummary }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applyKeyStatus = useApplyKeyStatus();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [empty, setEmpty] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'cleared'>();
  const { profile } = props;

  async function save(): Promise<void> {
    const key = input.current?.value.trim() ?? '';
    setEmpty(!key);
    if (!key) {
      setError(undefined);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setNotice(undefined);
    const result = await bridge['keys.set']({ profileId: profile.id, key });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (input.current) input.current.value = '';
    setError(undefined);
    setNotice('saved');
    applyKeyStatus(profile.id, result.value);
  }

  async function clear(): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    const result = await bridge['keys.clear']({ profileId: profile.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(undefined);
    setNotice('cleared');
    applyKeyStatus(profile.id, result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Plain Enter saves the key; Ctrl/Cmd+Enter is left to bubble up and send the request.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void save();
    }
  }

  const issueId = 'composer-api-key-issue';
  const shown = error ? errorText(error, t) : undefined;
  const issue = empty ? t('ui.key.empty') : shown && [shown.title, shown.hint].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor="composer-api-key">{t('ui.key.label')}</label>
      <div className="input-row">
        <input
          id="composer-api-key"
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={
            profile.key.configured
              ? t('ui.key.replacePlaceholder')
              : t('ui.key.placeholder', { name: profile.name })
          }
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? issueId : undefined}
          onKeyDown={onKeyDown}
          onInput={() => {
            setNotice(undefined);
            setEmpty(false);
          }}
        />
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('ui.key.save')}
        </button>
        <button
          type="button"
          onClick={() => void clear()}
          disabled={busy || profile.key.source !== 'session'}
          title={profile.key.source === 'environment' ? t('ui.key.environmentCannotClear') : undefined}
        >
          {t('ui.key.clear')}
        </button>
      </div>
      {issue && (
        <p className="field-issue" id={issueId}>
          {issue}
        </p>
      )}
      {notice && (
        <p className="field-notice" role="status">
          {t(notice === 'saved' ? 'ui.key.saved' : 'ui.key.cleared')}
        </p>
      )}
    </div>
  );
}
