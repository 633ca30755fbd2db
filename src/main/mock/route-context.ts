import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FirstSightSet } from './first-sight-set.ts';
import type { Cancel } from './paced-emitter.ts';

/** What the routes share with the server that owns them. */
export interface RouteContext {
  serverTokensPerSecond: number;
  /** Conversations already answered with mock-429-once's 429. */
  conversations: FirstSightSet;
  /** Keeps an open response known to the server, so closing it or the client stops its timers. */
  track(response: ServerResponse, cancel: Cancel): void;
}

export type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  context: RouteContext,
) => Promise<void>;

/** How much text the stream-error and stall faults send before failing. */
export const PARTIAL_TOKEN_COUNT = 10;

/** Whether the caller speaks Anthropic; both headers are what its SDK always sends. */
export function looksLikeAnthropic(request: IncomingMessage): boolean {
  return request.headers['anthropic-version'] !== undefined || request.headers['x-api-key'] !== undefined;
}
