import { resolve } from 'node:path';
import { createApi } from '../api/create-api.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { startWebServer } from '../web/web-server.ts';
import { parseFlags, parsePort } from './command-arguments.ts';
import { packageVersion } from './package-version.ts';
import { defaultRendererDirectory, ensureRendererBuilt } from './renderer-build.ts';
import { waitForStopSignal } from './wait-for-stop.ts';

export const webHelp = `Usage: promptwire web [--port N] [--data-dir DIR]

Serves the Promptwire window to a browser on this machine (127.0.0.1 only) and prints
the URL to open, with its per-run access token. Stops on Ctrl-C.

Options:
  --port N             the port (default 0: a free one)
  --data-dir DIR       the data directory (default: PROMPTWIRE_DATA_DIR, then the app's own)
  --renderer-dir DIR   serve this built window instead of out/renderer (for development)
  -h, --help           show this help
`;

const flagSpec = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'renderer-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function webCommand(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, flagSpec);
  if (flags.help) {
    process.stdout.write(webHelp);
    return 0;
  }
  const port = parsePort(flags.port, 0);
  const dataDirectory = resolveDataDirectory(flags['data-dir']);
  const rendererDirectory = flags['renderer-dir'] ? resolve(flags['renderer-dir']) : defaultRendererDirectory;
  // Listening for the stop signal before the slow start-up means an early Ctrl-C is not lost.
  const stopped = waitForStopSignal();

  try {
    await ensureRendererBuilt(rendererDirectory);
  } catch (error) {
    process.stderr.write(`promptwire web: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }

  const api = createApi({ transport: 'browser', version: packageVersion(), dataDirectory });
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer({ port, rendererDirectory, api });
  } catch (error) {
    await api.close();
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`promptwire web: cannot listen on 127.0.0.1:${port}: ${reason}\n`);
    return 1;
  }

  process.stderr.write(`Data directory: ${dataDirectory}\n`);
  process.stdout.write(`Promptwire ready at ${server.url}\n`);

  await stopped;
  await server.close();
  await api.close();
  return 0;
}
