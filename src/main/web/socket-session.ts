import type { RawData, WebSocket } from 'ws';
import { clientFrameSchema, type ServerFrame } from '../../shared/browser-protocol.ts';
import type { AppError } from '../../shared/result.ts';
import type { Api } from '../api/create-api.ts';
import { summarizeIssues } from '../api/summarize-issues.ts';
import { makeError } from '../errors/make-error.ts';

/**
 * Serves the contract on one authenticated WebSocket. Every frame is untrusted: a malformed one
 * is answered with an error result and the connection keeps serving.
 */
export function serveSocket(socket: WebSocket, api: Api, connectionId: string): void {
  const send = (frame: ServerFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const context = {
    connectionId,
    emit: (event: string, payload: unknown) => send({ kind: 'event', event, payload }),
  };

  socket.on('message', (data: RawData, isBinary: boolean) => {
    const frame = readFrame(data, isBinary);
    if (!frame.ok) {
      send({ kind: 'result', id: frame.id, result: { ok: false, error: frame.error } });
      return;
    }
    const { id, method, input } = frame.value;
    void api.call(method, input, context).then((result) => send({ kind: 'result', id, result }));
  });
  // ws reports protocol violations (an oversized frame) here and closes the socket itself.
  socket.on('error', () => {});
  socket.on('close', () => api.connectionClosed(connectionId));
}

type FrameReading =
  | { ok: true; value: { id: number; method: string; input: unknown } }
  | { ok: false; id: number | null; error: AppError };

function readFrame(data: RawData, isBinary: boolean): FrameReading {
  if (isBinary) return invalid(null, 'frames must be JSON text, not binary');
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawText(data));
  } catch {
    return invalid(null, 'the frame is not valid JSON');
  }
  const frame = clientFrameSchema.safeParse(parsed);
  if (!frame.success) return invalid(salvageId(parsed), summarizeIssues(frame.error.issues));
  return { ok: true, value: frame.data };
}

// A call that names a usable id gets its error under that id, so the caller's pending call ends.
function salvageId(parsed: unknown): number | null {
  if (typeof parsed !== 'object' || parsed === null || !('id' in parsed) || !('kind' in parsed)) return null;
  if (parsed.kind !== 'call') return null;
  const id = parsed.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

function invalid(id: number | null, detail: string): FrameReading {
  return {
    ok: false,
    id,
    error: makeError('invalid-payload', { hintKey: 'fix-payload', params: { detail } }),
  };
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
