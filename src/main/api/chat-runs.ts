import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import type { RunChatOptions } from '../chat/run-chat.ts';
import { makeError } from '../errors/make-error.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { describeError } from './describe-error.ts';

export type RunChat = (options: RunChatOptions) => Promise<void>;

/** What a run takes besides its target and request: dispatcher, via, timeouts, retry, key pool. */
export type ChatRunExtras = Omit<RunChatOptions, 'target' | 'request' | 'signal' | 'emit'>;

/** A request id held by one connection, from chat.start until its stream has ended. */
export interface ChatReservation {
  signal: AbortSignal;
  /** Runs the chat in the background; events go to `emit` and always end with one terminal event. */
  run(
    target: ProviderTarget,
    request: ChatRequest,
    emit: (event: StreamEvent) => void,
    extras?: ChatRunExtras,
  ): void;
  /** Gives the id back when the chat never started (its profile could not be resolved). */
  release(): void;
}

/**
 * The chats that are running, per connection: a request id is the caller's own, so two windows
 * may use the same id, and one connection can neither see nor cancel another's chats.
 */
export interface ChatRuns {
  /** Undefined when this connection already runs a chat with this id. */
  reserve(connectionId: string, requestId: string): ChatReservation | undefined;
  cancel(connectionId: string, requestId: string): boolean;
  cancelConnection(connectionId: string): void;
  /** Cancels everything and waits for every stream to end. */
  close(): Promise<void>;
}

export function createChatRuns(runChat: RunChat): ChatRuns {
  const running = new Map<string, Map<string, AbortController>>();
  const finishing = new Set<Promise<void>>();

  const remove = (connectionId: string, requestId: string, controller: AbortController) => {
    const connection = running.get(connectionId);
    if (connection?.get(requestId) !== controller) return;
    connection.delete(requestId);
    if (connection.size === 0) running.delete(connectionId);
  };

  return {
    reserve(connectionId, requestId) {
      let connection = running.get(connectionId);
      if (connection?.has(requestId)) return undefined;
      if (!connection) {
        connection = new Map();
        running.set(connectionId, connection);
      }
      const controller = new AbortController();
      connection.set(requestId, controller);
      return {
        signal: controller.signal,
        release: () => remove(connectionId, requestId, controller),
        run(target, request, emit, extras = {}) {
          const options = { ...extras, target, request, signal: controller.signal, emit };
          const done = runGuarded(runChat, options).finally(() => {
            remove(connectionId, requestId, controller);
            finishing.delete(done);
          });
          finishing.add(done);
        },
      };
    },
    cancel(connectionId, requestId) {
      const controller = running.get(connectionId)?.get(requestId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    cancelConnection(connectionId) {
      for (const controller of running.get(connectionId)?.values() ?? []) controller.abort();
    },
    async close() {
      for (const connection of running.values()) {
        for (const controller of connection.values()) controller.abort();
      }
      await Promise.allSettled([...finishing]);
    },
  };
}

/**
 * Holds runChat to its promise of exactly one terminal event, whatever happens inside it, so a
 * window never waits forever on a stream that silently died.
 */
async function runGuarded(runChat: RunChat, options: RunChatOptions): Promise<void> {
  const started = performance.now();
  let ended = false;
  const emit = (event: StreamEvent) => {
    if (ended) return;
    if (event.type === 'stream-end' || event.type === 'stream-error') ended = true;
    options.emit(event);
  };
  // Started on the next turn so the caller's chat.start result is sent before the first event.
  await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    await runChat({ ...options, emit });
  } catch (error) {
    emit({
      type: 'stream-error',
      atMs: performance.now() - started,
      error: makeError('internal', { hintKey: 'report-bug', params: { detail: describeError(error) } }),
    });
  }
  if (!ended) {
    emit({
      type: 'stream-error',
      atMs: performance.now() - started,
      error: makeError('internal', {
        hintKey: 'report-bug',
        params: { detail: 'the stream stopped without an end event' },
      }),
    });
  }
}
