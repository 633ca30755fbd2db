import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSettings, ProxyMode } from '../../../shared/network-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { fieldErrorText } from '../../lib/field-error-text.ts';
import { translateDynamic } from '../../lib/translate-dynamic.ts';
import { hostIssueField } from './host-issue-field.ts';
import {
  type FieldIssue,
  type NetworkDraft,
  type NetworkFieldId,
  networkDraftOf,
  readNetworkDraft,
  timeoutFields,
} from './network-draft.ts';
import { NumberField } from './number-field.tsx';
import { ProxyFields } from './proxy-fields.tsx';
import { useSaveNetworkSettings } from './use-network-settings.ts';

const globalModes: readonly ProxyMode[] = ['system', 'manual', 'environment', 'none'];

/** Proxy, timeouts and retries; nothing typed is lost when the window or the host rejects it. */
export function NetworkSettingsForm(props: { saved: NetworkSettings; onDone(): void }) {
  const { t } = useTranslation();
  const save = useSaveNetworkSettings();
  const [draft, setDraft] = useState<NetworkDraft>(() => networkDraftOf(props.saved));
  const [showIssues, setShowIssues] = useState(false);
  const [hostError, setHostError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Asked for on a refused save; honoured once React has drawn the issues it names.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const reading = useMemo(() => readNetworkDraft(draft), [draft]);
  const issues = showIssues && !reading.ok ? reading.issues : {};

  const hostField = hostError ? hostIssueField(hostError) : undefined;

  function issueText(field: NetworkFieldId): string | undefined {
    if (hostError && hostField === field) return fieldErrorText(hostError, t);
    const issue: FieldIssue | undefined = issues[field];
    return issue && translateDynamic(t, issue.key, issue.params);
  }

  function change(next: NetworkDraft): void {
    setDraft(next);
    // The host's reason stays until the field it names is edited; the rest cannot fix it.
    if (!hostField || fieldText(next, hostField) !== fieldText(draft, hostField)) setHostError(undefined);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (!reading.ok) {
      setShowIssues(true);
      setFocusRequest((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await save(reading.update);
    setBusy(false);
    if (result.ok) {
      props.onDone();
      return;
    }
    setHostError(result.error);
    setFocusRequest((count) => count + 1);
  }

  const seconds = { short: t('ui.network.secondsUnit'), long: t('ui.network.secondsUnitLong') };
  const formIssue =
    hostError && !hostField
      ? joined(errorText(hostError, t))
      : showIssues && !reading.ok
        ? t('ui.network.fixFields')
        : undefined;

  return (
    <form ref={form} className="network-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="dialog-body">
        <p className="field-help">{t('ui.network.intro')}</p>
        <ProxyFields
          idPrefix="network"
          modes={globalModes}
          draft={draft.proxy}
          onChange={(proxy) => change({ ...draft, proxy })}
          urlIssue={issueText('proxy.url')}
        />
        <fieldset className="settings-group">
          <legend>{t('ui.network.timeouts.legend')}</legend>
          <div className="settings-grid four">
            {timeoutFields.map((field) => (
              <NumberField
                key={field}
                id={`network-timeout-${field}`}
                label={t(`ui.network.timeouts.${field}`)}
                value={draft.timeouts[field]}
                unit={seconds}
                decimal
                issue={issueText(`timeouts.${field}`)}
                onChange={(value) => change({ ...draft, timeouts: { ...draft.timeouts, [field]: value } })}
              />
            ))}
          </div>
          <p className="field-help">{t('ui.network.timeouts.help')}</p>
        </fieldset>
        <fieldset className="settings-group">
          <legend>{t('ui.network.retry.legend')}</legend>
          <div className="settings-grid three">
            <NumberField
              id="network-retry-maxRetries"
              label={t('ui.network.retry.maxRetries')}
              value={draft.retry.maxRetries}
              decimal={false}
              issue={issueText('retry.maxRetries')}
              onChange={(value) => change({ ...draft, retry: { ...draft.retry, maxRetries: value } })}
            />
            {(['initialDelayMs', 'maxDelayMs'] as const).map((field) => (
              <NumberField
                key={field}
                id={`network-retry-${field}`}
                label={t(`ui.network.retry.${field}`)}
                value={draft.retry[field]}
                unit={seconds}
                decimal
                issue={issueText(`retry.${field}`)}
                onChange={(value) => change({ ...draft, retry: { ...draft.retry, [field]: value } })}
              />
            ))}
          </div>
          <p className="field-help">{t('ui.network.retry.help')}</p>
        </fieldset>
      </div>
      <div className="dialog-footer">
        {formIssue && (
          <p className="field-issue form-issue" role="alert">
            {formIssue}
          </p>
        )}
        <button type="button" onClick={props.onDone}>
          {t('ui.network.cancel')}
        </button>
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('ui.network.saving') : t('ui.network.save')}
        </button>
      </div>
    </form>
  );
}

function joined(text: { title: string; hint?: string }): string {
  return [text.title, text.hint].filter(Boolean).join(' ');
}

function fieldText(draft: NetworkDraft, field: NetworkFieldId): string {
  const [group, name] = field.split('.') as [keyof NetworkDraft, string];
  return (draft[group] as Record<string, string>)[name] ?? '';
}
