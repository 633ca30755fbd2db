import { createContext, type ReactNode, useContext } from 'react';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { PromptwireBridge } from '../../shared/contract.ts';
import type { ConnectionState } from './connection-state.ts';

interface BridgeContextValue {
  bridge: PromptwireBridge;
  connection: StoreApi<ConnectionState>;
}

const BridgeContext = createContext<BridgeContextValue | null>(null);

export function BridgeProvider(props: BridgeContextValue & { children: ReactNode }) {
  const { bridge, connection, children } = props;
  return <BridgeContext value={{ bridge, connection }}>{children}</BridgeContext>;
}

function useBridgeContext(): BridgeContextValue {
  const value = useContext(BridgeContext);
  if (!value) throw new Error('useBridge() needs a <BridgeProvider> above it');
  return value;
}

export function useBridge(): PromptwireBridge {
  return useBridgeContext().bridge;
}

export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  return useStore(useBridgeContext().connection, selector);
}
