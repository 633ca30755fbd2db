import { app, BrowserWindow, session } from 'electron';
import { type Api, createApi } from '../api/create-api.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { contentSecurityPolicy } from '../web/security-headers.ts';
import { appStartUrl, isAppUrl, registerAppScheme, serveRenderer } from './app-protocol.ts';
import { guardAllContents } from './content-guards.ts';
import { serveContractOverIpc } from './ipc-transport.ts';
import { createMainWindow } from './main-window.ts';
import { createElectronSystemProxyResolver } from './system-proxy.ts';

export interface DesktopAppOptions {
  /** out/preload/index.cjs */
  preloadPath: string;
  /** out/renderer */
  rendererDirectory: string;
}

/** The Electron shell: wiring only; everything it serves lives in plain-Node modules. */
export function startDesktopApp(options: DesktopAppOptions): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // electron-vite's dev server, when `electron-vite dev` runs the app; absent in a built app.
  const developmentUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const belongsToApp = (url: string) => isAppUrl(url, developmentUrl);
  // The same folder browser mode and the CLI use, so all three share settings.
  const dataDirectory = resolveDataDirectory();
  app.setPath('userData', dataDirectory);
  registerAppScheme();

  let api: Api | undefined;
  let window: BrowserWindow | undefined;
  const openWindow = () => {
    window = createMainWindow({ preloadPath: options.preloadPath, startUrl: developmentUrl ?? appStartUrl });
    window.on('closed', () => {
      window = undefined;
    });
  };

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(() => {
    api = createApi({
      transport: 'electron',
      version: app.getVersion(),
      dataDirectory,
      systemProxy: createElectronSystemProxyResolver(),
    });
    serveRenderer(options.rendererDirectory);
    if (developmentUrl) applyDevelopmentPolicy(developmentUrl);
    guardAllContents(belongsToApp);
    serveContractOverIpc(api, belongsToApp);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !api) return;
    // Cancelling the running chats closes their upstream connections before the process ends.
    event.preventDefault();
    closed = true;
    void api.close().finally(() => app.quit());
  });
}

/**
 * Vite's dev server injects an inline script (React refresh) and talks to the page over its own
 * WebSocket, so development gets a looser policy than the built app, which sends the strict one.
 */
function applyDevelopmentPolicy(developmentUrl: string): void {
  const origin = new URL(developmentUrl).origin;
  const socketOrigin = origin.replace(/^http/, 'ws');
  const policy = contentSecurityPolicy([socketOrigin]).replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  );
  session.defaultSession.webRequest.onHeadersReceived({ urls: [`${origin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
