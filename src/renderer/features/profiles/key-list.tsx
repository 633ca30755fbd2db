import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySlot, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { AddKeyField } from './add-key-field.tsx';
import { KeyStateChip } from './key-state-chip.tsx';
import { failedOutcome, type KeyTestOutcome, keyTestOutcome } from './key-test-result.ts';
import { useKeyStorage } from './use-key-storage.ts';
import { profilesQueryKey, useApplyKeys } from './use-profiles.ts';

const noticeMs = 5000;

/**
 * The profile's keys in rotation order, each known only by its last four characters, each with
 * its own Test, and a field to add one. A profile with a single key is simply a list of one.
 */
export function KeyList(props: { profile: ProfileSummary }) {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const applyKeys = useApplyKeys();
  const storage = useKeyStorage().data;
  const storageProtected = storage?.protected ?? true;
  // A corrupt secrets file moved aside or an unsafe key file: saved keys may be missing because of it.
  const storageProblems = (storage?.problems ?? []).map((problem) => errorText(problem, t));
  const { profile } = props;
  const [removing, setRemoving] = useState<string>();
  const [testing, setTesting] = useState<ReadonlySet<string>>(new Set());
  const [tests, setTests] = useState<Record<string, KeyTestOutcome>>({});
  const [error, setError] = useState<AppError>();
  const [notice, setNotice] = useState<string>();
  const now = Date.now();
  // A confirmation, not a state: it goes once read, so it cannot go stale beside later changes.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), noticeMs);
    return () => clearTimeout(timer);
  }, [notice]);

  async function remove(slot: KeySlot): Promise<void> {
    setRemoving(slot.id);
    setNotice(undefined);
    const result = await bridge['keys.remove']({ profileId: profile.id, keyId: slot.id });
    setRemoving(undefined);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(undefined);
    setNotice(t('ui.keys.removed'));
    applyKeys(profile.id, result.value);
    // The row and its button are gone; the add field is where the user most likely goes next.
    document.getElementById('composer-add-key')?.focus();
  }

  async function test(slot: KeySlot): Promise<void> {
    setTesting((ids) => new Set(ids).add(slot.id));
    const result = await bridge['connection.test']({ profileId: profile.id, keyId: slot.id });
    setTesting((ids) => {
      const next = new Set(ids);
      next.delete(slot.id);
      return next;
    });
    const outcome = result.ok
      ? keyTestOutcome(result.value, t, i18n.language)
      : failedOutcome(result.error, t);
    setTests((current) => ({ ...current, [slot.id]: outcome }));
    // A test is an authenticated call: it can mark the key ok or rejected.
    void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
  }

  const sourceText = (slot: KeySlot) =>
    slot.source === 'stored' && !storageProtected
      ? t('ui.keys.sources.storedUnprotected')
      : t(`ui.keys.sources.${slot.source}`);
  const shown = error ? errorText(error, t) : undefined;
  return (
    <div className="field key-field">
      <span className="field-label" id="composer-keys-label">
        {t('ui.keys.label')}
      </span>
      {profile.keys.length === 0 ? (
        <p className="field-help key-missing">{t('ui.keys.missing')}</p>
      ) : (
        <ul className="key-list" aria-label={t('ui.keys.listLabel', { name: profile.name })}>
          {profile.keys.map((slot) => {
            const name = slot.lastFour
              ? t('ui.keys.lastFour', { lastFour: slot.lastFour })
              : t('ui.keys.unnamed');
            const outcome = tests[slot.id];
            const isTesting = testing.has(slot.id);
            return (
              <li key={slot.id} className="key-row" data-testid={`key-${slot.lastFour ?? slot.id}`}>
                <span className="key-identity">
                  <code className="key-name">{name}</code>
                  <span
                    className="key-source"
                    title={slot.source === 'environment' ? t('ui.keys.environmentCannotRemove') : undefined}
                  >
                    {sourceText(slot)}
                  </span>
                </span>
                <span className="key-state">
                  <KeyStateChip slot={slot} now={now} />
                  <span
                    className={outcome ? `key-test ${outcome.good ? 'good' : 'bad'}` : 'key-test'}
                    title={outcome?.detail}
                    aria-live="polite"
                    data-testid="key-test-result"
                  >
                    {isTesting ? t('ui.keys.testing') : outcome?.text}
                  </span>
                </span>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => void test(slot)}
                  disabled={isTesting}
                  aria-label={t('ui.keys.testLabel', { key: name })}
                >
                  {t('ui.keys.test')}
                </button>
                {slot.source === 'environment' ? (
                  <span />
                ) : (
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => void remove(slot)}
                    disabled={removing !== undefined}
                    aria-label={t('ui.keys.removeLabel', { key: name })}
                  >
                    {t('ui.keys.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {shown && <p className="field-issue">{[shown.title, shown.hint].filter(Boolean).join(' ')}</p>}
      {storageProblems.map((problem) => (
        <p className="field-issue" key={problem.title}>
          {[problem.title, problem.hint].filter(Boolean).join(' ')}
        </p>
      ))}
      <AddKeyField
        profile={profile}
        onAdded={(lastFour) => {
          setError(undefined);
          setNotice(lastFour ? t('ui.keys.added', { lastFour }) : t('ui.keys.addedWithoutDigits'));
        }}
        onEdit={() => setNotice(undefined)}
      />
      {notice && (
        <p className="field-notice" role="status">
          {notice}
        </p>
      )}
      {profile.keys.length > 1 && <p className="field-help">{t('ui.keys.rotationHelp')}</p>}
    </div>
  );
}
