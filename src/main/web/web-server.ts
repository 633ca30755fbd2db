import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { browserSocketPath, browserTokenParameter } from '../../shared/browser-protocol.ts';
import type { Api } from '../api/create-api.ts';
import { checkRequest, type GuardOptions, tokenCookie } from './request-guard.ts';
import { commonSecurityHeaders, htmlSecurityHeaders } from './security-headers.ts';
import { serveSocket } from './socket-session.ts';
import { findStaticFile } from './static-files.ts';

export interface WebServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only; the default is 127.0.0.1. */
  host?: string;
  /** The built renderer (out/renderer). */
  rendererDirectory: string;
  api: Api;
}

export interface WebServer {
  /** The page to open, token included: http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Long conversations travel in one frame; anything far beyond that is not a chat request.
const maxFrameBytes = 16 * 1024 * 1024;

/** Browser mode: the built window and the contract over a WebSocket, on loopback, behind a token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error(`Browser mode listens on 127.0.0.1 only; "${host}" is not allowed.`);
  }
  const token = randomBytes(24).toString('base64url');
  const guard: GuardOptions = { port: 0, token };
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });

  const server = createServer((request, response) => {
    handleHttp(request, response, options.rendererDirectory, guard).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Internal error.');
      else response.destroy();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    const verdict = checkRequest(request, guard, { upgrade: true });
    if (!verdict.allowed) return refuseUpgrade(socket, 403, verdict.reason);
    if (pathOf(request.url) !== browserSocketPath) return refuseUpgrade(socket, 404, 'Not found.');
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      serveSocket(webSocket, options.api, `browser:${randomUUID()}`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard.port = port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?${browserTokenParameter}=${token}`,
    origin,
    port,
    token,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDirectory: string,
  guard: GuardOptions,
): Promise<void> {
  const verdict = checkRequest(request, guard, { upgrade: false });
  if (!verdict.allowed) return refuse(response, 403, verdict.reason);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return refuse(response, 405, 'Method not allowed.');
  }
  const path = pathOf(request.url);
  if (path === browserSocketPath) return refuse(response, 426, 'Upgrade required: this path is a WebSocket.');

  const file = await findStaticFile(rendererDirectory, path);
  if (!file.found) return refuse(response, file.status, file.reason);

  for (const [name, value] of Object.entries(commonSecurityHeaders)) response.setHeader(name, value);
  if (file.contentType.startsWith('text/html')) {
    for (const [name, value] of Object.entries(htmlSecurityHeaders(guard.port)))
      response.setHeader(name, value);
  }
  if (verdict.tokenFromQuery) response.setHeader('Set-Cookie', tokenCookie(guard.token, guard.port));
  // The page names hashed assets; a stale cached page would ask for assets a rebuild removed.
  response.setHeader('Cache-Control', file.isIndex ? 'no-store' : 'no-cache');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', file.size);
  response.writeHead(200);
  if (request.method === 'HEAD') return void response.end();
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file.path);
    stream.on('error', reject);
    response.on('close', resolve);
    stream.pipe(response);
  });
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.indexOf('?');
  return query === -1 ? raw : raw.slice(0, query);
}

function refuse(response: ServerResponse, status: number, reason: string): void {
  for (const [name, value] of Object.entries(commonSecurityHeaders)) response.setHeader(name, value);
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(reason),
  });
  response.end(reason);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const statusText = status === 403 ? 'Forbidden' : 'Not Found';
  const body = Buffer.from(reason);
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${body.length}\r\n\r\n${reason}`,
  );
}
