import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { useApplyKeys } from './use-profiles.ts';

/**
 * The key lives only in the uncontrolled password input until Add, and the input is emptied as
 * soon as the host has it: no React state, store or cache ever holds it.
 */
export function AddKeyField(props: {
  profile: ProfileSummary;
  onAdded(lastFour: string | undefined): void;
  onEdit(): void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applyKeys = useApplyKeys();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [empty, setEmpty] = useState(false);
  const { profile } = props;

  async function add(): Promise<void> {
    const key = input.current?.value.trim() ?? '';
    setEmpty(!key);
    setError(undefined);
    if (!key) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await bridge['keys.add']({ profileId: profile.id, key });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (input.current) input.current.value = '';
    const before = new Set(profile.keys.map((slot) => slot.id));
    const added = result.value.find((slot) => !before.has(slot.id));
    applyKeys(profile.id, result.value);
    props.onAdded(added?.lastFour);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Plain Enter adds the key; Ctrl/Cmd+Enter is left to bubble up and send the request.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void add();
    }
  }

  const issueId = 'composer-add-key-issue';
  const shown = error ? errorText(error, t) : undefined;
  const issue = empty ? t('ui.keys.empty') : shown && [shown.title, shown.hint].filter(Boolean).join(' ');
  return (
    <>
      <div className="input-row">
        <input
          id="composer-add-key"
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-label={t('ui.keys.addLabel')}
          placeholder={
            profile.keys.length > 0
              ? t('ui.keys.addAnotherPlaceholder')
              : t('ui.keys.addPlaceholder', { name: profile.name })
          }
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? issueId : undefined}
          onKeyDown={onKeyDown}
          onInput={() => {
            setEmpty(false);
            props.onEdit();
          }}
        />
        <button type="button" onClick={() => void add()} disabled={busy}>
          {t('ui.keys.add')}
        </button>
      </div>
      {issue && (
        <p className="field-issue" id={issueId}>
          {issue}
        </p>
      )}
    </>
  );
}
