// Run by crash.test.ts in a child process: streams deltas into the history the way the app and
// the CLI do (the port, its batching recorder, the worker thread) until it is killed.
import { openHistoryPort } from '../api/open-history-port.ts';
import { beginInput } from './test-fixtures.ts';

const opened = openHistoryPort(process.argv[2] ?? '.');
await opened.ready;
const call = opened.port?.begin(beginInput({ id: 'crashing' }));
if (!call) throw new Error(`no history: ${opened.notices().join('; ')}`);
call.record({ type: 'response-start', atMs: 1, status: 200, headers: {} });
let index = 0;
setInterval(() => {
  call.record({ type: 'text-delta', atMs: index + 2, text: `[${index}]` });
  process.stdout.write(`${index}\n`);
  index += 1;
}, 5);
