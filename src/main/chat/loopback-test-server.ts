import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Test support: a real HTTP server on 127.0.0.1 that records what it received, so tests check the
// bytes a vendor would see rather than a mock of the HTTP client.

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type ReplayHandler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

export interface LoopbackServer {
  origin: string;
  received: ReceivedRequest[];
  /** Resolves when the server sees the client's connection for a request close. */
  connectionClosed: Promise<void>;
  close(): Promise<void>;
}

export async function startLoopbackServer(handler: ReplayHandler): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = [];
  let markClosed: () => void = () => {};
  const connectionClosed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const server = createServer((incoming, response) => {
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(parts).toString('utf8'),
      };
      received.push(request);
      incoming.socket.on('close', markClosed);
      void handler(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    connectionClosed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes the text in pieces with a pause between them, like a vendor producing tokens. */
export async function writeInPieces(response: ServerResponse, text: string, pieces: number): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const size = Math.ceil(bytes.length / pieces);
  for (let start = 0; start < bytes.length; start += size) {
    response.write(bytes.subarray(start, start + size));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
