import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useProfiles } from '../profiles/use-profiles.ts';
import { ExportCodePanel } from './export-code-panel.tsx';
import { otherFormat } from './export-targets.ts';
import { ViewAsPanel } from './view-as-panel.tsx';

export interface ExportSubject {
  profileId: string;
  request: ChatRequest;
}

/**
 * The Export panel for one request, as it stood when Export was pressed: the composer is behind a
 * modal, so what is exported cannot drift from what the user looked at.
 */
export function ExportDialog(props: { subject: ExportSubject | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const { subject } = props;
  const profile = useProfiles().data?.find((candidate) => candidate.id === subject?.profileId);
  return (
    <ModalDialog
      open={subject !== undefined}
      onClose={props.onClose}
      titleId="export-title"
      title={t('ui.export.title')}
      subtitle={
        subject &&
        t('ui.export.subtitle', {
          profile: profile?.name ?? t('ui.export.unknownProfile'),
          model: subject.request.model,
        })
      }
      className="export-dialog"
    >
      {subject && <ExportTabs subject={subject} onClose={props.onClose} />}
    </ModalDialog>
  );
}

const tabs = ['code', 'viewAs'] as const;
type Tab = (typeof tabs)[number];

function ExportTabs(props: { subject: ExportSubject; onClose(): void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('code');
  const tabElements = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const { subject } = props;
  const profile = useProfiles().data?.find((candidate) => candidate.id === subject.profileId);

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  function onTabKeyDown(event: KeyboardEvent): void {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + offset + tabs.length) % tabs.length] as Tab;
    setTab(next);
    tabElements.current[next]?.focus();
  }

  return (
    <>
      <div className="tabs export-tabs" role="tablist" aria-label={t('ui.export.tabsLabel')}>
        {tabs.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabElements.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`export-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={tab === name ? `export-panel-${name}` : undefined}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKeyDown}
          >
            {t(`ui.export.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div
        className="dialog-body export-body"
        role="tabpanel"
        id={`export-panel-${tab}`}
        aria-labelledby={`export-tab-${tab}`}
      >
        {tab === 'code' ? (
          <ExportCodePanel profileId={subject.profileId} request={subject.request} profile={profile} />
        ) : (
          <ViewAsPanel request={subject.request} initialFormat={otherFormat(profile?.format)} />
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" onClick={props.onClose}>
          {t('ui.export.close')}
        </button>
      </div>
    </>
  );
}
