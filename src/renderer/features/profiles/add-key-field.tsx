import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStorageStatus, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { describedBy } from '../composer/field-issue.tsx';
import { KeyStorageChoice } from './key-storage-choice.tsx';
import { fixSpacesButtonId, KeyWarnings } from './key-warnings.tsx';
import { useKeyCheck } from './use-key-check.ts';
import { keyStorageQueryKey } from './use-key-storage.ts';
import { usePresets } from './use-presets.ts';
import { useApplyKeys } from './use-profiles.ts';

type Storage = 'stored' | 'session';

/**
 * The key lives only in the uncontrolled password input until it is saved, and the input is
 * emptied as soon as the host has it: no React state, store or cache ever holds it. While it is
 * typed the host checks it, and a fix is only ever applied by the user's own click.
 */
export function AddKeyField(props: {
  profile: ProfileSummary;
  onAdded(lastFour: string | undefined): void;
  onEdit(): void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const applyKeys = useApplyKeys();
  const presets = usePresets().data;
  const input = useRef<HTMLInputElement>(null);
  const { profile } = props;
  const read = () => input.current?.value ?? '';
  const check = useKeyCheck(profile.id, read);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [empty, setEmpty] = useState(false);
  const [visible, setVisible] = useState(false);
  const [choosingStorage, setChoosingStorage] = useState(false);
  const [fixNotice, setFixNotice] = useState<string>();
  // Set once the warnings of the current text have been on screen: a second Add goes ahead.
  const [warningsSeen, setWarningsSeen] = useState(false);
  const [nudge, setNudge] = useState<'fix-or-add' | 'add-anyway'>();
  const preset = presets?.find((candidate) => candidate.id === (profile.presetId ?? profile.id));

  async function storageStatus(): Promise<KeyStorageStatus | undefined> {
    try {
      return await queryClient.fetchQuery({
        queryKey: keyStorageQueryKey,
        queryFn: async () => {
          const result = await bridge['keys.storage']({});
          if (!result.ok) throw new Error(result.error.message);
          return result.value;
        },
        staleTime: Number.POSITIVE_INFINITY,
      });
    } catch {
      // Unknown: the host applies its own default, as before this check existed.
      return undefined;
    }
  }

  async function add(): Promise<void> {
    const key = read();
    setEmpty(!key.trim());
    setError(undefined);
    if (!key.trim()) {
      input.current?.focus();
      return;
    }
    const warnings = await check.checkNow();
    // Warnings not yet on screen stop the first Add; once seen, the user may keep the key as it is
    // (spaces or tabs around a key travel harmlessly, and the host refuses what cannot be sent).
    if (warnings.length > 0 && !warningsSeen) {
      setWarningsSeen(true);
      const fixable = warnings.some((warning) => warning.code === 'surrounding-whitespace');
      setNudge(fixable ? 'fix-or-add' : 'add-anyway');
      if (fixable) document.getElementById(fixSpacesButtonId)?.focus();
      return;
    }
    const storage = await storageStatus();
    if (storage && !storage.protected) {
      setChoosingStorage(true);
      return;
    }
    await save('stored');
  }

  async function save(storage: Storage): Promise<void> {
    setBusy(true);
    const result = await bridge['keys.add']({ profileId: profile.id, key: read(), storage });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (input.current) input.current.value = '';
    setChoosingStorage(false);
    setWarningsSeen(false);
    setNudge(undefined);
    setFixNotice(undefined);
    setVisible(false);
    check.reset();
    const before = new Set(profile.keys.map((slot) => slot.id));
    const added = result.value.find((slot) => !before.has(slot.id));
    applyKeys(profile.id, result.value);
    props.onAdded(added?.lastFour);
  }

  function removeSpaces(): void {
    const element = input.current;
    if (!element) return;
    const removed = element.value.length - element.value.trim().length;
    element.value = element.value.trim();
    setFixNotice(t('ui.keys.fixedSpaces', { count: removed }));
    setNudge(undefined);
    // The key is not revealed for this (a screen may be shared): the notice says what changed,
    // and Show is one click away.
    element.focus();
    void check.checkNow();
  }

  function edited(): void {
    setEmpty(false);
    setError(undefined);
    setFixNotice(undefined);
    setNudge(undefined);
    setWarningsSeen(false);
    setChoosingStorage(false);
    props.onEdit();
    check.checkSoon();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Plain Enter adds the key; Ctrl/Cmd+Enter is left to bubble up and send the request.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void add();
    }
  }

  const issueId = 'composer-add-key-issue';
  const warningsId = 'composer-add-key-warnings';
  const shown = error ? errorText(error, t) : undefined;
  const issue = empty ? t('ui.keys.empty') : shown && [shown.title, shown.hint].filter(Boolean).join(' ');
  const hasWarnings = check.warnings.length > 0;
  return (
    <>
      <div className="input-row">
        <div className="secret-input">
          <input
            id="composer-add-key"
            ref={input}
            type={visible ? 'text' : 'password'}
            className="code-input"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('ui.keys.addLabel')}
            placeholder={
              profile.keys.length > 0
                ? t('ui.keys.addAnotherPlaceholder')
                : t('ui.keys.addPlaceholder', { name: profile.name })
            }
            aria-invalid={issue || hasWarnings ? true : undefined}
            aria-describedby={describedBy(issue && issueId, hasWarnings && warningsId)}
            onKeyDown={onKeyDown}
            onInput={edited}
          />
          <button
            type="button"
            className="reveal-button"
            aria-label={t('ui.keys.showLabel')}
            aria-pressed={visible}
            onClick={() => setVisible(!visible)}
          >
            {visible ? t('ui.keys.hide') : t('ui.keys.show')}
          </button>
        </div>
        <button type="button" onClick={() => void add()} disabled={busy || choosingStorage}>
          {t('ui.keys.add')}
        </button>
      </div>
      <div aria-live="polite" className="key-check">
        <KeyWarnings
          id={warningsId}
          warnings={check.warnings}
          profileName={profile.name}
          onRemoveSpaces={removeSpaces}
        />
        {fixNotice && <p className="field-notice">{fixNotice}</p>}
        {nudge && (
          <p className="field-help">
            {nudge === 'fix-or-add' ? t('ui.keys.fixOrAdd') : t('ui.keys.addAnyway')}
          </p>
        )}
      </div>
      {issue && (
        <p className="field-issue" id={issueId}>
          {issue}
        </p>
      )}
      {choosingStorage && (
        <KeyStorageChoice
          environmentVariable={preset?.keyEnvironmentVariable}
          busy={busy}
          onStore={() => void save('stored')}
          onKeepForSession={() => void save('session')}
          onCancel={() => {
            setChoosingStorage(false);
            input.current?.focus();
          }}
        />
      )}
    </>
  );
}
