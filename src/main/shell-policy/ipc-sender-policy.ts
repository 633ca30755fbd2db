import { isTrustedUrl } from './app-origin.ts';

export interface SenderFrame {
  /** The URL the calling frame shows now. */
  url: string;
  /** False for an iframe: the app has none, so a call from one came from content it did not ship. */
  isTopFrame: boolean;
}

/**
 * Whether an IPC call may be served: it must come from the window's top frame while that frame
 * shows the app. A frame that navigated away or was destroyed while the call was in flight is
 * reported as null and refused, as is any page that got into the window by accident: it must
 * reach neither keys nor the network.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  appOrigins: readonly string[],
): boolean {
  if (!frame?.isTopFrame) return false;
  return isTrustedUrl(frame.url, appOrigins);
}
