import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ClientFrame, serverFrameSchema } from '../../shared/browser-protocol.ts';
import {
  type EventName,
  type EventPayload,
  events,
  isEventName,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type PromptwireApi,
  type PromptwireBridge,
} from '../../shared/contract.ts';
import type { AppError, Result } from '../../shared/result.ts';
import { type ConnectionState, initialConnectionState } from './connection-state.ts';
import { reconnectDelayMs } from './reconnect-delay.ts';
import { validateOutput } from './validated-bridge.ts';

export interface BrowserClient {
  bridge: PromptwireBridge;
  connection: StoreApi<ConnectionState>;
  close(): void;
}

interface PendingCall {
  method: MethodName;
  resolve(result: Result<unknown>): void;
}

type Listener = (payload: unknown) => void;

const transportClosed: AppError = {
  code: 'transport-closed',
  message: 'The connection to the Promptwire host was lost.',
  hint: 'Try again in a moment.',
  hintKey: 'retry-later',
};

/**
 * The contract over browser mode's WebSocket. Calls made while the socket is down wait for the
 * next connection; a socket that drops (or fails to open) settles every waiting call with a
 * `transport-closed` result, so nothing awaits forever and nothing throws.
 */
export function createBrowserClient(socketUrl: string, tokenInAddress: boolean): BrowserClient {
  const connection = createStore<ConnectionState>(() => ({ ...initialConnectionState, tokenInAddress }));
  const pending = new Map<number, PendingCall>();
  const unsent: ClientFrame[] = [];
  const listeners = new Map<EventName, Set<Listener>>();
  let nextCallId = 1;
  let socket: WebSocket | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  function connect(): void {
    retryTimer = undefined;
    const current = new WebSocket(socketUrl);
    socket = current;
    current.onopen = () => {
      connection.setState({ status: 'open', hasConnected: true, failedAttempts: 0 });
      for (const frame of unsent.splice(0)) current.send(JSON.stringify(frame));
    };
    current.onmessage = (message) => {
      if (typeof message.data === 'string') receive(message.data);
    };
    // The browser reports a refused or dropped socket as `error` then `close`; `close` alone is enough.
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      settleAll();
      if (closed) return;
      const failedAttempts = connection.getState().failedAttempts + 1;
      connection.setState({
        status: connection.getState().hasConnected ? 'reconnecting' : 'connecting',
        failedAttempts,
      });
      retryTimer = setTimeout(connect, reconnectDelayMs(failedAttempts));
    };
  }

  function settleAll(): void {
    unsent.length = 0;
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.resolve({ ok: false, error: transportClosed });
  }

  function receive(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      console.warn('Promptwire: ignored a frame that is not JSON');
      return;
    }
    const frame = serverFrameSchema.safeParse(json);
    if (!frame.success) {
      console.warn('Promptwire: ignored a malformed frame', frame.error.issues);
      return;
    }
    if (frame.data.kind === 'event') {
      dispatch(frame.data.event, frame.data.payload);
      return;
    }
    const { id, result } = frame.data;
    const call = id === null ? undefined : pending.get(id);
    if (id === null || !call) {
      console.warn('Promptwire: a result matched no call', result);
      return;
    }
    pending.delete(id);
    call.resolve(validateOutput(call.method, result));
  }

  function dispatch(name: string, payload: unknown): void {
    if (!isEventName(name)) return;
    const parsed = events[name].safeParse(payload);
    if (!parsed.success) {
      console.warn(`Promptwire: ignored a malformed ${name} event`, parsed.error.issues);
      return;
    }
    for (const listener of listeners.get(name) ?? []) {
      // One failing subscriber must not starve the others of the rest of the stream.
      try {
        listener(parsed.data);
      } catch (error) {
        console.error(error);
      }
    }
  }

  function send(method: MethodName, input: unknown): Promise<Result<unknown>> {
    if (closed) return Promise.resolve({ ok: false, error: transportClosed });
    return new Promise((resolve) => {
      const id = nextCallId++;
      pending.set(id, { method, resolve });
      const frame: ClientFrame = { kind: 'call', id, method, input };
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
      else unsent.push(frame);
    });
  }

  const caller =
    <M extends MethodName>(method: M) =>
    (input: MethodInput<M>) =>
      send(method, input) as Promise<Result<MethodOutput<M>>>;

  // Spelled out rather than generated so that a method added to the contract fails to compile here.
  const api: PromptwireApi = {
    'app.info': caller('app.info'),
    'profiles.list': caller('profiles.list'),
    'profiles.update': caller('profiles.update'),
    'keys.set': caller('keys.set'),
    'keys.clear': caller('keys.clear'),
    'keys.add': caller('keys.add'),
    'keys.remove': caller('keys.remove'),
    'settings.get': caller('settings.get'),
    'settings.update': caller('settings.update'),
    'connection.test': caller('connection.test'),
    'presets.list': caller('presets.list'),
    'profiles.create': caller('profiles.create'),
    'profiles.delete': caller('profiles.delete'),
    'models.fetch': caller('models.fetch'),
    'keys.check': caller('keys.check'),
    'keys.storage': caller('keys.storage'),
    'history.list': caller('history.list'),
    'history.get': caller('history.get'),
    'history.delete': caller('history.delete'),
    'history.deleteMatching': caller('history.deleteMatching'),
    'history.clear': caller('history.clear'),
    'history.export': caller('history.export'),
    'request.export': caller('request.export'),
    'comparisons.list': caller('comparisons.list'),
    'comparisons.get': caller('comparisons.get'),
    'comparisons.save': caller('comparisons.save'),
    'comparisons.delete': caller('comparisons.delete'),
    'workspace.get': caller('workspace.get'),
    'workspace.save': caller('workspace.save'),
    'collections.list': caller('collections.list'),
    'collections.open': caller('collections.open'),
    'collections.close': caller('collections.close'),
    'collections.getRequest': caller('collections.getRequest'),
    'collections.saveRequest': caller('collections.saveRequest'),
    'collections.deleteRequest': caller('collections.deleteRequest'),
    'collections.setEnvironment': caller('collections.setEnvironment'),
    'collections.saveVariables': caller('collections.saveVariables'),
    'request.importCurl': caller('request.importCurl'),
    'chat.start': caller('chat.start'),
    'chat.cancel': caller('chat.cancel'),
  };

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    const untyped = listener as Listener;
    set.add(untyped);
    return () => set.delete(untyped);
  }

  // A laptop waking up or a network coming back should not wait out a long backoff.
  const retryNow = () => {
    if (retryTimer === undefined || closed) return;
    clearTimeout(retryTimer);
    connect();
  };
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });

  connect();

  return {
    bridge: { ...api, on },
    connection,
    close() {
      closed = true;
      clearTimeout(retryTimer);
      window.removeEventListener('online', retryNow);
      socket?.close();
    },
  };
}
