export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Streaming pace; the default suits a demo. */
  tokensPerSecond?: number;
}

export interface MockServer {
  /** Origin without a path, e.g. http://127.0.0.1:4567 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startMockServer(_options: MockServerOptions = {}): Promise<MockServer> {
  throw new Error('not implemented');
}
