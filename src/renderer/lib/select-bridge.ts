import { createStore, type StoreApi } from 'zustand/vanilla';
import { browserSocketPath, browserTokenParameter } from '../../shared/browser-protocol.ts';
import { bridgeGlobalName, type PromptwireBridge } from '../../shared/contract.ts';
import { createBrowserClient } from './browser-client.ts';
import type { ConnectionState } from './connection-state.ts';
import { validatedBridge } from './validated-bridge.ts';

export interface BridgeSelection {
  bridge: PromptwireBridge;
  connection: StoreApi<ConnectionState>;
}

declare global {
  interface Window {
    [bridgeGlobalName]?: PromptwireBridge;
  }
}

/** The Electron preload's bridge when there is one, otherwise browser mode's WebSocket client. */
export function selectBridge(): BridgeSelection {
  const preloaded = window[bridgeGlobalName];
  if (preloaded) {
    // IPC to the own process cannot drop, so Electron is always connected.
    const connection = createStore<ConnectionState>(() => ({
      status: 'open',
      hasConnected: true,
      failedAttempts: 0,
      tokenInAddress: true,
    }));
    return { bridge: validatedBridge(preloaded), connection };
  }
  // Without the token in the address, the host's HttpOnly cookie (set when the printed URL was
  // first opened) may still admit the socket; only a refused socket means the token is missing.
  const token = new URLSearchParams(location.search).get(browserTokenParameter);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?${browserTokenParameter}=${encodeURIComponent(token)}` : '';
  const client = createBrowserClient(
    `${scheme}://${location.host}${browserSocketPath}${query}`,
    token !== null,
  );
  return { bridge: client.bridge, connection: client.connection };
}
