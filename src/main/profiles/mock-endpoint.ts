import { type MockServer, type MockServerOptions, startMockServer } from '../mock/mock-server.ts';

/** The one in-process mock server both mock profiles share, started the first time one is used. */
export interface MockEndpoint {
  /** The server's origin once it runs; undefined before the first use. */
  currentUrl(): string | undefined;
  /** Starts the server if needed and returns its origin. */
  ensureStarted(): Promise<string>;
  close(): Promise<void>;
}

export function createMockEndpoint(options: MockServerOptions = {}): MockEndpoint {
  let starting: Promise<MockServer> | undefined;
  let running: MockServer | undefined;

  return {
    currentUrl: () => running?.url,
    async ensureStarted() {
      starting ??= startMockServer({ host: '127.0.0.1', ...options }).then(
        (server) => {
          running = server;
          return server;
        },
        (error: unknown) => {
          // A failed start (a port taken by accident) must not poison every later attempt.
          starting = undefined;
          throw error;
        },
      );
      return (await starting).url;
    },
    async close() {
      const pending = starting;
      starting = undefined;
      running = undefined;
      if (!pending) return;
      const server = await pending.catch(() => undefined);
      await server?.close();
    },
  };
}
