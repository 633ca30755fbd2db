import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import { panelId, TabList, tabId } from '../../lib/tab-list.tsx';
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
  const { subject } = props;
  const profile = useProfiles().data?.find((candidate) => candidate.id === subject.profileId);

  return (
    <>
      <TabList<Tab>
        tabs={tabs}
        selected={tab}
        onSelect={setTab}
        idPrefix="export"
        label={t('ui.export.tabsLabel')}
        className="tabs export-tabs"
      >
        {(name) => t(`ui.export.tabs.${name}`)}
      </TabList>
      <div
        className="dialog-body export-body"
        role="tabpanel"
        id={panelId('export', tab)}
        aria-labelledby={tabId('export', tab)}
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
