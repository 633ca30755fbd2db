import { parseArgs } from 'node:util';
import { FAULT_HEADER, MOCK_MODELS, PACE_HEADER, parseTokensPerSecond } from './mock-behaviours.ts';
import { DEFAULT_TOKENS_PER_SECOND, startMockServer } from './mock-server.ts';

const USAGE = 'usage: promptwire mock [--port N] [--rate TOKENS_PER_SECOND]';

export interface MockCommandIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Stops the server like SIGINT would; for callers that are not a terminal. */
  stopSignal?: AbortSignal;
}

/**
 * `promptwire mock`: serves the mock on 127.0.0.1 until SIGINT or SIGTERM. Returns the exit code:
 * 0 after a clean stop, 1 when it cannot listen, 2 for bad arguments.
 */
export async function mockCommand(argv: string[], io: MockCommandIo = {}): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text));

  let values: { port?: string; rate?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        rate: { type: 'string', short: 'r' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    stderr(`promptwire mock: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    stdout(`${USAGE}\n`);
    return 0;
  }

  const port = values.port === undefined ? 0 : parsePort(values.port);
  if (port === undefined) {
    stderr(
      `promptwire mock: --port must be a whole number from 0 to 65535, got '${values.port}'\n${USAGE}\n`,
    );
    return 2;
  }
  const rate = values.rate === undefined ? DEFAULT_TOKENS_PER_SECOND : parseTokensPerSecond(values.rate);
  if (rate === undefined) {
    stderr(
      `promptwire mock: --rate must be a number of tokens per second, 0 or more, got '${values.rate}'\n${USAGE}\n`,
    );
    return 2;
  }

  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer({ port, tokensPerSecond: rate });
  } catch (error) {
    stderr(
      `promptwire mock: cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : error}\n`,
    );
    return 1;
  }
  // Listening for the stop signal before announcing the URL: a caller that reads the line and
  // stops us at once must find the handler installed, not the default that kills the process.
  const stopped = stopRequested(io.stopSignal);
  stdout(`mock listening on ${server.url}\n`);
  const faults = MOCK_MODELS.filter((model) => model.name !== 'mock-default').map((model) => model.name);
  stderr(
    `${rate === 0 ? 'no delay' : `${rate} tokens/s`}; faults (as the model name or the ${FAULT_HEADER} header, ` +
      `pace with ${PACE_HEADER}): ${faults.join(', ')}\n`,
  );

  await stopped;
  await server.close();
  return 0;
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65_535 ? port : undefined;
}

function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}
