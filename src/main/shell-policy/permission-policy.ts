import { isTrustedUrl } from './app-origin.ts';

/**
 * The one permission the window needs: writing text to the clipboard (the Copy buttons on a
 * response and on exported code). Reading the clipboard, devices, notifications, media, location,
 * opening external protocols: none of it is part of the app, so none of it is ever granted.
 */
const grantedToApp: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Answers both Electron's permission requests (a URL) and its permission checks (an origin): a
 * permission is granted only when it is on the list and asked for by the app's own origin.
 */
export function decidePermission(
  permission: string,
  requestingUrlOrOrigin: string | undefined,
  appOrigins: readonly string[],
): boolean {
  if (!grantedToApp.has(permission)) return false;
  return requestingUrlOrOrigin !== undefined && isTrustedUrl(requestingUrlOrOrigin, appOrigins);
}

/** WebHID, WebUSB and Web Serial: a device handed to a page is never taken back, so none is. */
export function decideDevicePermission(): boolean {
  return false;
}
