import type { Dispatcher } from 'undici';
import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';

export interface RunChatOptions {
  target: ProviderTarget;
  request: ChatRequest;
  /** undici dispatcher (Agent, ProxyAgent, …); the default global one when absent. */
  dispatcher?: Dispatcher;
  /** Aborting closes the upstream connection and ends the stream with a `cancelled` stream-error. */
  signal: AbortSignal;
  emit: (event: StreamEvent) => void;
}

/**
 * Sends one chat request and reports it as normalized events. Never throws: the last event is
 * always exactly one stream-end or stream-error.
 */
export async function runChat(options: RunChatOptions): Promise<void> {
  options.emit({ type: 'stream-error', atMs: 0, error: { code: 'internal', message: 'not implemented' } });
}
