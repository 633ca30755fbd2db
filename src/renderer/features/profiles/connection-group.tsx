import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileProxy } from '../../../shared/network-schemas.ts';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { describedBy } from '../composer/field-issue.tsx';
import { ProxyFields } from '../network/proxy-fields.tsx';
import { proxySummary, withoutCredentials } from '../network/proxy-summary.ts';
import { useNetworkSettings } from '../network/use-network-settings.ts';
import type { ConnectionDraft, ConnectionFieldId } from './connection-draft.ts';

const profileModes: readonly ProfileProxy['mode'][] = ['default', 'system', 'manual', 'environment', 'none'];

/**
 * The collapsible per-profile proxy and TLS settings. Its summary says what is in force even
 * while it is closed, so a forgotten proxy or a disabled check never hides behind a triangle.
 */
export function ConnectionGroup(props: {
  profile: ProfileSummary;
  draft: ConnectionDraft;
  onChange(draft: ConnectionDraft): void;
  issues: Partial<Record<ConnectionFieldId, string>>;
  changed: boolean;
  busy: boolean;
  saved: boolean;
  onSave(): void;
  onRevert(): void;
}) {
  const { t } = useTranslation();
  const { profile, draft, onChange, issues } = props;
  const globalProxy = useNetworkSettings().data?.network.proxy;
  const defaultSummary = globalProxy ? proxySummary(globalProxy, t) : undefined;
  // Opens by itself when something needs attention inside it.
  const [open, setOpen] = useState(profile.tls.skipVerification);
  const isOpen = open || Object.keys(issues).length > 0;

  const modeText =
    profile.proxy.mode === 'default'
      ? defaultSummary
        ? t('ui.profileConnection.summaryDefault', { current: defaultSummary })
        : t('ui.proxy.modes.default')
      : profile.proxy.mode === 'manual' && profile.proxy.url
        ? withoutCredentials(profile.proxy.url)
        : t(`ui.proxy.modes.${profile.proxy.mode}`);
  const summaryParts: string[] = [t('ui.profileConnection.summaryProxy', { mode: modeText })];
  if (profile.tls.caFile) summaryParts.push(t('ui.profileConnection.summaryTls'));

  function onKeyDown(event: KeyboardEvent): void {
    // Plain Enter in a text field saves the group, as it saves the base URL.
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement && event.target.type === 'text') {
      event.preventDefault();
      props.onSave();
    }
  }

  const caId = `profile-${profile.id}-ca-file`;
  const warningId = `profile-${profile.id}-skip-warning`;
  return (
    <details
      className="connection-group"
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={onKeyDown}
    >
      <summary>
        <span className="group-title">{t('ui.profileConnection.group')}</span>
        <span className="group-summary">{summaryParts.join(' · ')}</span>
        {profile.tls.skipVerification && (
          <span className="group-summary danger-text">{t('ui.profileConnection.summaryTlsOff')}</span>
        )}
      </summary>
      <div className="connection-body">
        <ProxyFields
          idPrefix={`profile-${profile.id}`}
          modes={profileModes}
          draft={draft.proxy}
          onChange={(proxy) => onChange({ ...draft, proxy })}
          urlIssue={issues['proxy.url']}
          defaultSummary={defaultSummary}
          compact
        />
        <fieldset className="tls-fields">
          <legend>{t('ui.profileConnection.tlsLegend')}</legend>
          <div className="field">
            <label htmlFor={caId}>{t('ui.profileConnection.caFile.label')}</label>
            <input
              id={caId}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={draft.caFile}
              placeholder={t('ui.profileConnection.caFile.placeholder')}
              onChange={(event) => onChange({ ...draft, caFile: event.target.value })}
              aria-invalid={issues['tls.caFile'] ? true : undefined}
              aria-describedby={describedBy(issues['tls.caFile'] && `${caId}-issue`, `${caId}-help`)}
            />
            {issues['tls.caFile'] && (
              <p className="field-issue" id={`${caId}-issue`}>
                {issues['tls.caFile']}
              </p>
            )}
            <p className="field-help" id={`${caId}-help`}>
              {t('ui.profileConnection.caFile.help')}
            </p>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.skipVerification}
              onChange={(event) => onChange({ ...draft, skipVerification: event.target.checked })}
              aria-describedby={draft.skipVerification ? warningId : undefined}
            />
            {t('ui.profileConnection.skipVerification')}
          </label>
          {draft.skipVerification && (
            <p className="danger-warning" id={warningId}>
              {t('ui.profileConnection.skipVerificationWarning')}
            </p>
          )}
        </fieldset>
        <div className="group-actions">
          <button type="button" onClick={props.onSave} disabled={props.busy || !props.changed}>
            {t('ui.profileConnection.save')}
          </button>
          {props.changed && (
            <button type="button" className="link-button" onClick={props.onRevert} disabled={props.busy}>
              {t('ui.profileConnection.revert')}
            </button>
          )}
          {props.changed && <span className="field-help">{t('ui.profileConnection.unsaved')}</span>}
          {props.saved && !props.changed && (
            <span className="field-notice" role="status">
              {t('ui.profileConnection.saved')}
            </span>
          )}
        </div>
        {issues.form && <p className="field-issue">{issues.form}</p>}
      </div>
    </details>
  );
}
