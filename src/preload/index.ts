import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { bridgeGlobalName, EventName, EventPayload, PromptwireBridge } from '../shared/contract.ts';

// Only types come from the contract: a sandboxed preload cannot load other modules at run time,
// and the compiler still checks the lists below against it.
const eventChannels: Record<EventName, true> = { 'chat.event': true };
const globalName: typeof bridgeGlobalName = 'promptwire';

/**
 * The window's only door to the main process: one function per contract method and a typed event
 * subscription. Missing a method fails to compile; nothing generic and no ipcRenderer is exposed.
 * Payloads are validated again in main, since this file cannot vouch for its caller.
 */
const bridge: PromptwireBridge = {
  'app.info': (input) => ipcRenderer.invoke('app.info', input),
  'profiles.list': (input) => ipcRenderer.invoke('profiles.list', input),
  'profiles.update': (input) => ipcRenderer.invoke('profiles.update', input),
  'keys.set': (input) => ipcRenderer.invoke('keys.set', input),
  'keys.clear': (input) => ipcRenderer.invoke('keys.clear', input),
  'keys.add': (input) => ipcRenderer.invoke('keys.add', input),
  'keys.remove': (input) => ipcRenderer.invoke('keys.remove', input),
  'settings.get': (input) => ipcRenderer.invoke('settings.get', input),
  'settings.update': (input) => ipcRenderer.invoke('settings.update', input),
  'connection.test': (input) => ipcRenderer.invoke('connection.test', input),
  'chat.start': (input) => ipcRenderer.invoke('chat.start', input),
  'chat.cancel': (input) => ipcRenderer.invoke('chat.cancel', input),
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

contextBridge.exposeInMainWorld(globalName, bridge);
