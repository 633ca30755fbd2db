import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../shared/network-schemas.ts';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorText } from '../../lib/error-text.ts';
import { fieldErrorText } from '../../lib/field-error-text.ts';
import {
  type ConnectionDraft,
  type ConnectionFieldId,
  connectionChanged,
  connectionDraftOf,
  connectionIssueField,
  connectionUpdate,
} from './connection-draft.ts';
import { ConnectionGroup } from './connection-group.tsx';
import { ConnectionTestCard } from './connection-test-card.tsx';
import { profileSavesSucceeded, profilesQueryKey, useUpdateProfile } from './use-profiles.ts';

interface TestRun {
  result: ConnectionTestResult;
  /** Epoch milliseconds, shown so an old result is not mistaken for the current state. */
  at: number;
}

/** A profile's Connection group and its Test connection button, which tests what is on screen. */
export function ConnectionSection(props: { profile: ProfileSummary }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const updateProfile = useUpdateProfile();
  const queryClient = useQueryClient();
  const { profile } = props;
  const [draft, setDraft] = useState<ConnectionDraft>(() => connectionDraftOf(profile));
  const [saveError, setSaveError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<TestRun>();
  const [testError, setTestError] = useState<AppError>();
  const changed = connectionChanged(draft, profile);

  const issues: Partial<Record<ConnectionFieldId, string>> = {};
  if (saveError) issues[connectionIssueField(saveError)] = fieldErrorText(saveError, t);

  async function save(): Promise<boolean> {
    if (!changed) return true;
    setBusy(true);
    setSaved(false);
    const result = await updateProfile(connectionUpdate(draft, profile));
    setBusy(false);
    if (!result.ok) {
      setSaveError(result.error);
      return false;
    }
    setSaveError(undefined);
    setSaved(true);
    setDraft(connectionDraftOf(result.value));
    return true;
  }

  async function runTest(): Promise<void> {
    if (testing) return;
    setTesting(true);
    setTestError(undefined);
    try {
      // Testing what is on screen: a base URL being saved on blur, and this group's edits.
      if (!(await profileSavesSucceeded()) || !(await save())) return;
      const result = await bridge['connection.test']({ profileId: profile.id });
      // The test is an authenticated call: it can mark a key rejected, and it starts the mock.
      void queryClient.invalidateQueries({ queryKey: profilesQueryKey });
      if (result.ok) setTest({ result: result.value, at: Date.now() });
      else {
        setTest(undefined);
        setTestError(result.error);
      }
    } finally {
      setTesting(false);
    }
  }

  return (
    <>
      <ConnectionGroup
        profile={profile}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setSaveError(undefined);
          setSaved(false);
        }}
        issues={issues}
        changed={changed}
        busy={busy}
        saved={saved}
        onSave={() => void save()}
        onRevert={() => {
          setDraft(connectionDraftOf(profile));
          setSaveError(undefined);
        }}
      />
      <div className="test-connection">
        <div className="test-connection-bar">
          <button type="button" onClick={() => void runTest()} disabled={testing}>
            {t('ui.connectionTest.button')}
          </button>
          <span className="field-help" role="status">
            {testing ? t('ui.connectionTest.testing') : ''}
          </span>
        </div>
        {test && <ConnectionTestCard result={test.result} at={test.at} />}
        {testError && (
          <p className="field-issue" role="alert">
            {[errorText(testError, t).title, errorText(testError, t).hint].filter(Boolean).join(' ')}
          </p>
        )}
      </div>
    </>
  );
}
