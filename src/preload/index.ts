import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type {
  bridgeGlobalName,
  EventName,
  EventPayload,
  MethodName,
  PromptwireApi,
  PromptwireBridge,
} from '../shared/contract.ts';

// Only types come from the contract: a sandboxed preload cannot load other modules at run time.
// The compiler checks both lists against it: a method missing or unknown here fails to compile,
// and since the IPC channel is the list's own key, a method can never call another's channel.
const contractMethods: Record<MethodName, true> = {
  'app.info': true,
  'profiles.list': true,
  'profiles.update': true,
  'presets.list': true,
  'profiles.create': true,
  'profiles.delete': true,
  'models.fetch': true,
  'settings.get': true,
  'settings.update': true,
  'connection.test': true,
  'keys.set': true,
  'keys.clear': true,
  'keys.add': true,
  'keys.check': true,
  'keys.storage': true,
  'history.list': true,
  'history.get': true,
  'history.delete': true,
  'history.deleteMatching': true,
  'history.clear': true,
  'history.export': true,
  'request.export': true,
  'comparisons.list': true,
  'comparisons.get': true,
  'comparisons.save': true,
  'comparisons.delete': true,
  'workspace.get': true,
  'workspace.save': true,
  'collections.list': true,
  'collections.open': true,
  'collections.close': true,
  'collections.getRequest': true,
  'collections.saveRequest': true,
  'collections.deleteRequest': true,
  'collections.setEnvironment': true,
  'collections.saveVariables': true,
  'request.importCurl': true,
  'keys.remove': true,
  'chat.start': true,
  'chat.cancel': true,
};
const eventChannels: Record<EventName, true> = { 'chat.event': true, 'history.updated': true };
const globalName: typeof bridgeGlobalName = 'promptwire';

const calls = Object.fromEntries(
  Object.keys(contractMethods).map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(method, input),
  ]),
) as PromptwireApi;

/**
 * The window's only door to the main process: one function per contract method and a typed event
 * subscription. Nothing generic and no ipcRenderer is exposed. Payloads are validated again in
 * main, which also checks that the caller is the app's own page: this file cannot vouch for it.
 */
const bridge: PromptwireBridge = {
  ...calls,
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (typeof event !== 'string' || !Object.hasOwn(eventChannels, event)) {
      throw new TypeError(`Unknown event "${String(event)}"`);
    }
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    // The IPC event object is kept here: it would hand the page the sender and a reply channel.
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(globalName, Object.freeze(bridge));
