import type { StreamEvent } from '../../shared/chat-schemas.ts';

/** What a decoder needs from the run it belongs to; passed per call so decoders hold no globals. */
export interface StreamContext {
  /** Host (with port) of the endpoint, for error messages. */
  host: string;
  emit: (event: StreamEvent) => void;
  /** Milliseconds since the request started; decoders stamp each event once, at creation. */
  now: () => number;
}

/** Turns one vendor's SSE events into normalized events. One instance per response. */
export interface SseEventHandler {
  handleEvent(eventName: string | undefined, data: string): void;
  /** The connection closed: emits the terminal event unless one was already emitted. */
  end(): void;
  /** True once stream-end or stream-error was emitted; later input is ignored. */
  readonly finished: boolean;
}
