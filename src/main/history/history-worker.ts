// The history database's own thread. A search over 100,000 calls, an export or a large deletion
// runs here, so the Electron main process (which also relays every stream to the window) never
// waits on SQLite. The main thread talks to it through worker-store.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { openHistoryStore } from './store.ts';
import type { HistoryStore } from './store-types.ts';
import type { WorkerCall, WorkerMessage, WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('history-worker.ts runs as a worker thread (see worker-store.ts).');
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage) => port.postMessage(message);
const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

let store: HistoryStore | undefined;
try {
  store = openHistoryStore(setup.dataDirectory, {
    ...setup.options,
    liveTokens: new Set(setup.liveTokens),
    onUpdated: (summary) => post({ kind: 'updated', summary }),
  });
  const { path, token, notices, recovered } = store;
  post({ kind: 'ready', path, token, notices: [...notices], recovered: [...recovered] });
} catch (error) {
  post({ kind: 'unavailable', message: describeError(error) });
}

port.on('message', ({ callId, method, args }: WorkerCall) => {
  try {
    if (!store) throw new Error('the history database is not open');
    const run = store[method] as (...values: unknown[]) => unknown;
    const value = run.apply(store, args);
    if (callId !== 0) post({ kind: 'reply', callId, ok: true, value });
  } catch (error) {
    const message = describeError(error);
    post(
      callId === 0
        ? { kind: 'failed-quietly', method, message }
        : { kind: 'reply', callId, ok: false, message },
    );
  }
  // Closed: nothing more will come, and the thread ends once this reply is out.
  if (method === 'close') port.close();
});
