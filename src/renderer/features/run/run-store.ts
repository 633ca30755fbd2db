import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChatRequest, StreamEvent } from '../../../shared/chat-schemas.ts';
import type { PromptwireBridge } from '../../../shared/contract.ts';
import type { HistoryEntry } from '../../../shared/history-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { applyStreamEvent, emptyTranscript, type Transcript } from '../../../shared/transcript.ts';
import type { ConnectionState } from '../../lib/connection-state.ts';
import { createFrameBatcher } from './frame-batcher.ts';

export type RequestSent = Extract<StreamEvent, { type: 'request-sent' }>;

export interface RunState {
  requestId?: string;
  /** Mutated in place by the reducer; `revision` tells React that it changed. */
  transcript?: Transcript;
  /**
   * Every request sent for the run, one per attempt, for the Raw tab; the transcript keeps only
   * the latest in full. Appended in place, like the transcript.
   */
  requests: RequestSent[];
  revision: number;
  /** performance.now() when Send was pressed, for the live clock while the host has not reported. */
  startedAt?: number;
  /** Whether the current request asked for a stream; speed is measured differently without one. */
  streamed: boolean;
  /** The profile and model the run was sent with, for its cost: the composer may change meanwhile. */
  profileId?: string;
  model?: string;
  stopping: boolean;
  /** The history entry the current run is written to, once the host has said which. */
  historyId?: string;
  /** Set while the response area shows a stored entry rather than a run of this window. */
  viewing?: HistoryEntry;
  /** `comparisonId` marks the call as one pane of a comparison, so the history links them. */
  start(profileId: string, request: ChatRequest, options?: StartOptions): Promise<void>;
  /** Shows a stored call in the response area; the transcript was rebuilt from the entry. */
  show(entry: HistoryEntry, transcript: Transcript, requests: RequestSent[]): void;
  stop(): Promise<void>;
  /** Stops listening to the host; for a store that goes away with its comparison pane. */
  dispose(): void;
}

export interface StartOptions {
  comparisonId?: string;
  /** The draft is a collection's request: the host fills in its `{{variables}}`. */
  collectionId?: string;
}

export function isRunning(transcript: Transcript | undefined): boolean {
  return transcript?.status === 'waiting' || transcript?.status === 'streaming';
}

const connectionLost: AppError = {
  code: 'transport-closed',
  message: 'The connection to the Promptwire host was lost.',
  hint: 'Try again in a moment.',
  hintKey: 'retry-later',
};

/**
 * The one running (or last) completion. It subscribes to `chat.event` once, keeps only the events
 * of the current request, and folds them into the transcript once per animation frame, so a fast
 * stream costs one render per frame instead of one per delta.
 */
export function createRunStore(
  bridge: PromptwireBridge,
  connection: StoreApi<ConnectionState>,
): StoreApi<RunState> {
  const store = createStore<RunState>()((set, get) => ({
    revision: 0,
    requests: [],
    streamed: true,
    stopping: false,

    async start(profileId, request, options = {}) {
      const requestId = crypto.randomUUID();
      batcher.clear();
      set({
        requestId,
        transcript: emptyTranscript(),
        requests: [],
        revision: get().revision + 1,
        startedAt: performance.now(),
        streamed: request.stream,
        profileId,
        model: request.model,
        stopping: false,
        historyId: undefined,
        viewing: undefined,
      });
      const { comparisonId, collectionId } = options;
      const result = await bridge['chat.start']({
        requestId,
        profileId,
        request,
        ...(comparisonId !== undefined && { comparisonId }),
        ...(collectionId !== undefined && { collectionId }),
      });
      if (!result.ok) failCurrent(requestId, result.error);
      else if (get().requestId === requestId) set({ historyId: result.value.historyId });
    },

    show(entry, transcript, requests) {
      const { requestId, transcript: current } = get();
      // A run still streaming keeps going in the host and is recorded; the window only stops
      // following it, and can reopen it from the history.
      if (requestId && isRunning(current)) batcher.clear();
      set({
        requestId: undefined,
        transcript,
        requests,
        revision: get().revision + 1,
        startedAt: undefined,
        streamed: entry.request.stream,
        profileId: entry.profileId,
        model: entry.model,
        stopping: false,
        historyId: entry.id,
        viewing: entry,
      });
    },

    async stop() {
      const { requestId, transcript } = get();
      if (!requestId || !isRunning(transcript)) return;
      set({ stopping: true });
      const result = await bridge['chat.cancel']({ requestId });
      // The host ends a cancelled stream with a `cancelled` stream-error; if it no longer knows the
      // request, nothing else will arrive, so the window closes the run itself.
      if (!result.ok && get().requestId === requestId && isRunning(get().transcript)) {
        failCurrent(requestId, result.error.code === 'unknown-request' ? cancelledError() : result.error);
      }
    },

    dispose() {
      batcher.clear();
      stopListening();
      stopWatchingConnection();
    },
  }));

  const batcher = createFrameBatcher<StreamEvent>(
    (batch) => {
      const { transcript, requests, revision } = store.getState();
      if (!transcript) return;
      for (const event of batch) {
        applyStreamEvent(transcript, event);
        if (event.type === 'request-sent') requests.push(event);
      }
      store.setState({ revision: revision + 1 });
    },
    (event) => event.type === 'stream-end' || event.type === 'stream-error',
  );

  function failCurrent(requestId: string, error: AppError): void {
    const { startedAt } = store.getState();
    if (store.getState().requestId !== requestId) return;
    const atMs = startedAt === undefined ? 0 : performance.now() - startedAt;
    batcher.push({ type: 'stream-error', atMs, error });
    batcher.flush();
  }

  const stopListening = bridge.on('chat.event', ({ requestId, event }) => {
    if (requestId === store.getState().requestId) batcher.push(event);
  });

  // Events of a run cannot arrive over a dropped socket; without this the run would spin forever.
  const stopWatchingConnection = connection.subscribe((state, previous) => {
    const { requestId, transcript } = store.getState();
    if (previous.status === 'open' && state.status !== 'open' && requestId && isRunning(transcript)) {
      failCurrent(requestId, connectionLost);
    }
  });

  return store;
}

function cancelledError(): AppError {
  return { code: 'cancelled', message: 'Stopped.' };
}
