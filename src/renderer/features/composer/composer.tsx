import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import { translateDynamic } from '../../lib/translate-dynamic.ts';
import { DraftSourceBar } from '../collections/draft-source-bar.tsx';
import { SaveRequestDialog } from '../collections/save-request-dialog.tsx';
import { useSaveRequest } from '../collections/use-save-request.ts';
import { ExportDialog, type ExportSubject } from '../export/export-dialog.tsx';
import { ImportNoticeStrip } from '../export/import-notice-strip.tsx';
import { ProviderField } from '../profiles/provider-field.tsx';
import { profileSavesSucceeded, useProfiles } from '../profiles/use-profiles.ts';
import { useRun } from '../run/run-context.tsx';
import { isRunning } from '../run/run-store.ts';
import { useDraftStore } from './draft-store.ts';
import { MessageList } from './message-list.tsx';
import { ModelFields } from './model-fields.tsx';
import { ParameterFields } from './parameter-fields.tsx';
import { SendBar } from './send-bar.tsx';
import { type DraftIssues, validateDraft } from './validate-draft.ts';

export function Composer() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const draft = useDraftStore();
  const running = useRun((state) => isRunning(state.transcript));
  const start = useRun((state) => state.start);
  const stop = useRun((state) => state.stop);
  const sending = useRef(false);
  const [exporting, setExporting] = useState<ExportSubject>();
  const saving = useSaveRequest();

  useEffect(() => {
    if (profiles.data) draft.initialize(profiles.data, t('ui.messages.sample'));
  }, [profiles.data, draft.initialize, t]);

  const issues = useMemo(() => (draft.showIssues ? issuesOf(validateDraft(draft)) : undefined), [draft]);

  /**
   * The draft as a request, or nothing after pointing at what to fix: Send and Export check the
   * same way, so an invalid draft is never exported either.
   */
  async function checkedRequest(): Promise<ChatRequest | undefined> {
    const validation = validateDraft(draft);
    if (!validation.ok) {
      draft.setShowIssues(true);
      focusFirstIssue(validation.issues);
      return undefined;
    }
    draft.setShowIssues(false);
    commitFocusedBaseUrl();
    // A rejected base URL is explained under its field; sending to the old one would mislead.
    if (!(await profileSavesSucceeded())) {
      document.getElementById('composer-base-url')?.focus();
      return undefined;
    }
    return validation.request;
  }

  async function send(): Promise<void> {
    if (running || sending.current) return;
    sending.current = true;
    try {
      const request = await checkedRequest();
      const collectionId = draft.source?.collectionId;
      if (request) void start(draft.profileId, request, collectionId ? { collectionId } : {});
    } finally {
      sending.current = false;
    }
  }

  async function openExport(): Promise<void> {
    const profileId = draft.profileId;
    const request = await checkedRequest();
    if (request) setExporting({ profileId, request });
  }

  async function save(asNew = false): Promise<void> {
    const profileId = draft.profileId;
    const request = await checkedRequest();
    if (request) await saving.save({ profileId, request }, { asNew });
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent): void {
    const withModifier = event.ctrlKey || event.metaKey;
    // Ctrl/Cmd+S saves the request (to its collection file, or asks where), not the web page.
    if (withModifier && event.key.toLowerCase() === 's' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key !== 'Enter') return;
    // Ctrl/Cmd+Enter sends from any field of the composer, textareas included.
    if (withModifier) {
      event.preventDefault();
      void send();
      return;
    }
    // Plain Enter in a one-line field would submit the form: a paid request sent by confirming a
    // model name is not what anyone wants.
    if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') event.preventDefault();
  }

  return (
    <form
      className="composer"
      aria-label={t('ui.composer.label')}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <ImportNoticeStrip />
      <DraftSourceBar status={saving.status} onSaveAs={() => void save(true)} />
      <div className="composer-scroll">
        <ProviderField />
        <ModelFields issues={issues} />
        <MessageList issues={issues} />
        <ParameterFields issues={issues} />
        {issues?.fields.request && (
          <p className="field-issue">
            {translateDynamic(t, 'ui.validation.requestInvalid', issues.fields.request.params)}
          </p>
        )}
      </div>
      <SendBar
        running={running}
        onStop={() => void stop()}
        onExport={() => void openExport()}
        onSave={() => void save()}
      />
      <ExportDialog subject={exporting} onClose={() => setExporting(undefined)} />
      <SaveRequestDialog subject={saving.asking} onClose={saving.closeDialog} />
    </form>
  );
}

function issuesOf(validation: ReturnType<typeof validateDraft>): DraftIssues | undefined {
  return validation.ok ? undefined : validation.issues;
}

const fieldOrder = ['model', 'messages', 'temperature', 'maxTokens', 'topP', 'stop'] as const;
const fieldIds: Record<(typeof fieldOrder)[number], string> = {
  model: 'composer-model',
  messages: '',
  temperature: 'composer-temperature',
  maxTokens: 'composer-max-tokens',
  topP: 'composer-top-p',
  stop: 'composer-stop',
};

/** Ctrl/Cmd+Enter does not blur the field, so a base URL typed just before has to be saved now. */
function commitFocusedBaseUrl(): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement) || active.id !== 'composer-base-url') return;
  active.blur();
  active.focus();
}

/** Focus goes to the first field, in screen order, that needs the user's attention. */
function focusFirstIssue(issues: DraftIssues): void {
  for (const field of fieldOrder) {
    const messageId = field === 'messages' ? Object.keys(issues.messages)[0] : undefined;
    const elementId = messageId
      ? `message-${messageId}`
      : field !== 'messages' && issues.fields[field] && fieldIds[field];
    if (elementId) {
      document.getElementById(elementId)?.focus();
      return;
    }
  }
}
