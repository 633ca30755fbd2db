export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting';

export interface ConnectionState {
  status: ConnectionStatus;
  /** Distinguishes "never reached the host" (likely a stale URL or token) from a dropped link. */
  hasConnected: boolean;
  failedAttempts: number;
  /** False when browser mode was opened without `?token=`; a refused socket then means exactly that. */
  tokenInAddress: boolean;
}

export const initialConnectionState: ConnectionState = {
  status: 'connecting',
  hasConnected: false,
  failedAttempts: 0,
  tokenInAddress: true,
};
