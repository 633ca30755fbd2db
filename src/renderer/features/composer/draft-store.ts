import { create } from 'zustand';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { messageEdits } from './message-edits.ts';

export type MessageRole = 'user' | 'assistant';

export interface DraftMessage {
  id: string;
  role: MessageRole;
  content: string;
}

/** Numbers stay as typed text, so an invalid value is shown back to the user instead of vanishing. */
export interface Draft {
  profileId: string;
  model: string;
  system: string;
  messages: DraftMessage[];
  temperature: string;
  maxTokens: string;
  topP: string;
  stop: string;
  stream: boolean;
  /** Extra body fields as JSON text (an object), empty for none. */
  extra: string;
  /**
   * The collection file the draft came from or was saved to: its `{{variables}}` are filled in
   * from that collection when sent, and Save writes the file again.
   */
  source?: DraftSource;
}

export interface DraftSource {
  collectionId: string;
  path: string;
}

export type TextField = 'model' | 'system' | 'temperature' | 'maxTokens' | 'topP' | 'stop' | 'extra';

interface DraftState extends Draft {
  /** False until profiles arrive; then the mock (or the first profile) and its model are chosen. */
  initialized: boolean;
  /** Validation messages appear only after the first attempt to send, then follow every edit. */
  showIssues: boolean;
  initialize(profiles: ProfileSummary[], sampleMessage: string): void;
  selectProfile(profile: ProfileSummary): void;
  setText(field: TextField, value: string): void;
  setStream(stream: boolean): void;
  setMessageContent(id: string, content: string): void;
  toggleMessageRole(id: string): void;
  addMessage(): void;
  removeMessage(id: string): void;
  setShowIssues(show: boolean): void;
  /** Replaces the draft with a request sent before (from the history), as editable text. */
  load(profileId: string, request: ChatRequest): void;
  /** Puts back a draft as it was left (another tab's, or the last session's). */
  replace(draft: Draft): void;
  setSource(source: DraftSource | undefined): void;
}

/** The draft's own fields, without the editor's flags: what a tab keeps and the workspace saves. */
export function draftOf(state: Draft): Draft {
  const { profileId, model, system, messages, temperature, maxTokens, topP, stop, stream, extra, source } =
    state;
  return {
    profileId,
    model,
    system,
    messages,
    temperature,
    maxTokens,
    topP,
    stop,
    stream,
    extra,
    ...(source && { source }),
  };
}

export const defaultProfileId = 'mock';

export function newMessage(role: MessageRole, content = ''): DraftMessage {
  return { id: crypto.randomUUID(), role, content };
}

/** An empty draft on a profile and model: the composer's start, and a new tab's. */
export function blankDraft(profileId: string, model: string): Draft {
  return {
    profileId,
    model,
    system: '',
    messages: [newMessage('user')],
    temperature: '',
    maxTokens: '',
    topP: '',
    stop: '',
    stream: true,
    extra: '',
  };
}

export const useDraftStore = create<DraftState>()((set, get) => ({
  ...blankDraft(defaultProfileId, ''),
  initialized: false,
  showIssues: false,

  initialize(profiles, sampleMessage) {
    if (get().initialized) return;
    const profile = profiles.find((candidate) => candidate.id === defaultProfileId) ?? profiles[0];
    if (!profile) return;
    const [first] = get().messages;
    const messages = first && first.content === '' ? [{ ...first, content: sampleMessage }] : get().messages;
    set({ initialized: true, profileId: profile.id, model: profile.defaultModel, messages });
  },
  selectProfile(profile) {
    // A model name rarely carries over between vendors, so switching starts from the profile's default.
    set({ profileId: profile.id, model: profile.defaultModel });
  },
  setText(field, value) {
    set({ [field]: value });
  },
  setStream(stream) {
    set({ stream });
  },
  ...messageEdits(get, set),
  setShowIssues(showIssues) {
    set({ showIssues });
  },
  replace(draft) {
    set({ ...draftOf(draft), source: draft.source, initialized: true, showIssues: false });
  },
  setSource(source) {
    set({ source });
  },
  load(profileId, request) {
    set({
      initialized: true,
      showIssues: false,
      profileId,
      model: request.model,
      system: request.system ?? '',
      messages: request.messages.map((message) => newMessage(message.role, message.content)),
      temperature: optionalText(request.temperature),
      maxTokens: optionalText(request.maxTokens),
      topP: optionalText(request.topP),
      stop: (request.stop ?? []).map(escapeStopSequence).join(', '),
      stream: request.stream,
      extra: request.extra ? JSON.stringify(request.extra, null, 2) : '',
      // A request loaded from the history is a new draft, not the collection file it may have come from.
      source: undefined,
    });
  },
}));

/** The inverse of parseStopSequences' escapes, so a reopened request sends the same stops. */
export function escapeStopSequence(stop: string): string {
  return stop.replace(/[\\,\n\t]/g, (character) =>
    character === '\n' ? '\\n' : character === '\t' ? '\\t' : `\\${character}`,
  );
}

function optionalText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
