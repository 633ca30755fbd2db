import { app, session, shell, type WebContents } from 'electron';
import { decideWindowOpen } from '../shell-policy/external-links.ts';
import { decideNavigation } from '../shell-policy/navigation-policy.ts';
import { decideDevicePermission, decidePermission } from '../shell-policy/permission-policy.ts';

/**
 * Applies shell-policy's decisions to every web contents and to the session: the window shows
 * only the app, never navigates elsewhere, opens no windows, hosts no webviews and gets no
 * permission but the clipboard write. Links to vendors' sites open in the user's browser.
 */
export function guardAllContents(appOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, appOrigins));

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    // The requesting frame's URL, not the window's: an iframe asks with its own.
    callback(decidePermission(permission, details.requestingUrl, appOrigins));
  });
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin, appOrigins),
  );
  defaultSession.setDevicePermissionHandler(() => decideDevicePermission());
}

function guardContents(contents: WebContents, appOrigins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appOrigins);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
  });
  // will-navigate covers the top frame only; an iframe (the app has none) gets the same rule.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    if (decideNavigation(event.url, appOrigins).action !== 'allow') event.preventDefault();
  });
  // A redirect is nothing the user clicked, so it is refused without opening anything.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, appOrigins).action !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
}
