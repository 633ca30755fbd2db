import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { AppError } from '../../shared/result.ts';
import { type Api, createApi } from '../api/create-api.ts';
import { startWebServer, type WebServer } from './web-server.ts';

/** A browser-mode server on a real loopback port, with its own data directory, for tests. */
export interface Harness {
  server: WebServer;
  api: Api;
  folder: string;
  connect(): Promise<SocketClient>;
  close(): Promise<void>;
}

/** prepareData: writes files into the data directory before the host opens it. */
export async function startHarness(
  environment: NodeJS.ProcessEnv = {},
  prepareData?: (dataDirectory: string) => void,
): Promise<Harness> {
  const folder = mkdtempSync(join(tmpdir(), 'promptwire-harness-'));
  if (prepareData) {
    mkdirSync(join(folder, 'data'));
    prepareData(join(folder, 'data'));
  }
  const renderer = join(folder, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Promptwire</title>');
  const api = createApi({
    transport: 'browser',
    version: '0.0.0-test',
    dataDirectory: join(folder, 'data'),
    environment,
  });
  const server = await startWebServer({ rendererDirectory: renderer, api });
  const clients: SocketClient[] = [];
  return {
    server,
    api,
    folder,
    async connect() {
      const client = await SocketClient.open(server);
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.socket.terminate();
      await server.close();
      await api.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export type ResultFrame = {
  kind: 'result';
  id: number | null;
  result: { ok: boolean; value?: unknown; error?: AppError };
};
export type Frame = ResultFrame | { kind: 'event'; event: string; payload: unknown };

/** A WebSocket client that keeps every frame, so a test can wait for the one it expects. */
export class SocketClient {
  readonly socket: WebSocket;
  readonly frames: Frame[] = [];
  #nextId = 1;
  #waiters: (() => void)[] = [];

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }

  static open(server: WebServer): Promise<SocketClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, {
      headers: { origin: server.origin },
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new SocketClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Waits until a frame matching `test` has arrived, and returns it. */
  async waitFor(test: (frame: Frame) => boolean, timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`No matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  sendRaw(data: string | Buffer): void {
    this.socket.send(data);
  }

  /** Sends one call frame and waits for the result frame with its id. */
  async call(method: string, input: unknown): Promise<ResultFrame['result']> {
    const id = this.#nextId++;
    this.sendRaw(JSON.stringify({ kind: 'call', id, method, input }));
    const frame = await this.waitFor((candidate) => candidate.kind === 'result' && candidate.id === id);
    return (frame as ResultFrame).result;
  }

  /** The stream events of one chat, in order of arrival. */
  chatEvents(requestId: string): { type: string; [field: string]: unknown }[] {
    return this.frames.flatMap((frame) => {
      if (frame.kind !== 'event' || frame.event !== 'chat.event') return [];
      const payload = frame.payload as { requestId: string; event: { type: string } };
      return payload.requestId === requestId ? [payload.event] : [];
    });
  }

  /** Waits for the terminal event of one chat. */
  async chatEnd(requestId: string, timeoutMs = 10_000): Promise<{ type: string; [field: string]: unknown }> {
    await this.waitFor(
      () =>
        this.chatEvents(requestId).some(
          (event) => event.type === 'stream-end' || event.type === 'stream-error',
        ),
      timeoutMs,
    );
    const events = this.chatEvents(requestId);
    return events[events.length - 1] as { type: string };
  }
}
