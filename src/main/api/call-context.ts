import type { EventName, EventPayload } from '../../shared/contract.ts';

/** Who called: one Electron window or one browser-mode WebSocket connection. */
export interface CallContext {
  /** Stable for the life of the connection; running chats are grouped by it. */
  connectionId: string;
  /** Sends an event back to the caller only, so a chat's progress reaches whoever started it. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
