import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySlot, ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { AddKeyField } from './add-key-field.tsx';
import { KeyStateChip } from './key-state-chip.tsx';
import { useApplyKeys } from './use-profiles.ts';

const noticeMs = 5000;

/**
 * The profile's keys in rotation order, each known only by its last four characters, and a field
 * to add one. A profile with a single key is simply a list of one.
 */
export function KeyList(props: { profile: ProfileSummary }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applyKeys = useApplyKeys();
  const { profile } = props;
  const [removing, setRemoving] = useState<string>();
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
            return (
              <li key={slot.id} className="key-row">
                <span className="key-identity">
                  <code className="key-name">{name}</code>
                  <span
                    className="key-source"
                    title={slot.source === 'environment' ? t('ui.keys.environmentCannotRemove') : undefined}
                  >
                    {t(`ui.keys.sources.${slot.source}`)}
                  </span>
                </span>
                <KeyStateChip slot={slot} now={now} />
                {slot.source === 'session' ? (
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => void remove(slot)}
                    disabled={removing !== undefined}
                    aria-label={t('ui.keys.removeLabel', { key: name })}
                  >
                    {t('ui.keys.remove')}
                  </button>
                ) : (
                  <span />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {shown && <p className="field-issue">{[shown.title, shown.hint].filter(Boolean).join(' ')}</p>}
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
