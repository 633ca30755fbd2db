import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { anthropicMessagesRoute } from './anthropic-messages-route.ts';
import { FirstSightSet } from './first-sight-set.ts';
import { isOpen, sendJson } from './mock-http.ts';
import { modelsRoute } from './models-route.ts';
import { notFoundRoute } from './not-found-route.ts';
import { openAiChatRoute } from './openai-chat-route.ts';
import type { Cancel } from './paced-emitter.ts';
import { looksLikeAnthropic, type Route, type RouteContext } from './route-context.ts';
import { anthropicErrorBody, openAiErrorBody } from './vendor-error-bodies.ts';

/** Slow enough to watch an answer appear, fast enough not to bore. */
export const DEFAULT_TOKENS_PER_SECOND = 40;

// Enough to tell a retry from a new conversation in any realistic session.
const REMEMBERED_CONVERSATIONS = 256;

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Streaming pace; the default suits a demo, 0 streams as fast as possible. */
  tokensPerSecond?: number;
}

export interface MockServer {
  /** Origin without a path, e.g. http://127.0.0.1:4567 */
  url: string;
  port: number;
  /** Responses still streaming or held open (stalls); 0 once every client has gone. */
  activeStreamCount(): number;
  /** Stops listening and cuts every open connection, streams included. */
  close(): Promise<void>;
}

const ROUTES: Record<string, Route> = {
  'POST /v1/chat/completions': openAiChatRoute,
  'POST /v1/messages': anthropicMessagesRoute,
  'GET /v1/models': modelsRoute,
};

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const tokensPerSecond = options.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND;
  if (!Number.isFinite(tokensPerSecond) || tokensPerSecond < 0) {
    throw new RangeError(`tokensPerSecond must be 0 or more, got ${tokensPerSecond}`);
  }
  const host = options.host ?? '127.0.0.1';
  const streams = new Map<ServerResponse, Cancel>();
  const sockets = new Set<Socket>();

  const context: RouteContext = {
    serverTokensPerSecond: tokensPerSecond,
    conversations: new FirstSightSet(REMEMBERED_CONVERSATIONS),
    track(response, cancel) {
      if (!isOpen(response)) {
        cancel();
        return;
      }
      streams.set(response, cancel);
      // 'close' also fires when the client goes away mid-stream: stop the timers with it.
      response.once('close', () => {
        cancel();
        streams.delete(response);
      });
    },
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://mock').pathname.replace(/\/+$/, '');
    const route = ROUTES[`${request.method} ${path}`] ?? notFoundRoute;
    route(request, response, context).catch((error: unknown) => answerUnexpected(request, response, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    activeStreamCount: () => streams.size,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const cancel of streams.values()) cancel();
        streams.clear();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/** A bug in the mock must not take down the app hosting it: answer 500, or cut a started stream. */
function answerUnexpected(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  // A client that left while its body was being read causes this too; there is no one to answer.
  if (request.destroyed || response.destroyed) return;
  const message = `Mock server error: ${error instanceof Error ? error.message : String(error)}`;
  const body = looksLikeAnthropic(request)
    ? anthropicErrorBody('api_error', message)
    : openAiErrorBody(message, 'server_error');
  sendJson(response, 500, {}, body);
}
