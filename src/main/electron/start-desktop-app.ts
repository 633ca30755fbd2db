import { app, BrowserWindow, session } from 'electron';
import { type Api, createApi } from '../api/create-api.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { acceptedDevelopmentUrl, appStartUrl, trustedOrigins } from '../shell-policy/app-origin.ts';
import { developmentContentSecurityPolicy } from '../shell-policy/content-security-policy.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { guardAllContents } from './content-guards.ts';
import { openElectronStoreWriter } from './electron-store-writer.ts';
import { serveContractOverIpc } from './ipc-transport.ts';
import { createMainWindow } from './main-window.ts';
import { createSafeStorageCipher } from './safe-storage-cipher.ts';
import { createElectronSystemProxyResolver } from './system-proxy.ts';

export interface DesktopAppOptions {
  /** out/preload/index.cjs */
  preloadPath: string;
  /** out/renderer */
  rendererDirectory: string;
  /** out/main/history-worker.js: the history database's worker thread (see electron.vite.config.ts). */
  historyWorkerUrl: URL;
}

/**
 * The Electron shell: wiring only. What it serves lives in plain-Node modules, and every security
 * decision it applies lives in shell-policy/, where it is tested without Electron.
 */
export function startDesktopApp(options: DesktopAppOptions): void {
  // Before ready, or it does not apply: every renderer, including any a dependency might create,
  // runs in the OS sandbox whatever its own webPreferences say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // electron-vite's dev server, when `electron-vite dev` runs the app; absent in a built app.
  const developmentUrl = app.isPackaged
    ? undefined
    : acceptedDevelopmentUrl(process.env.ELECTRON_RENDERER_URL);
  const appOrigins = trustedOrigins(developmentUrl);
  // The same folder browser mode and the CLI use, so all three share settings.
  const dataDirectory = resolveDataDirectory();
  app.setPath('userData', dataDirectory);
  registerAppScheme();

  let api: Api | undefined;
  let window: BrowserWindow | undefined;
  const openWindow = () => {
    window = createMainWindow({
      preloadPath: options.preloadPath,
      startUrl: developmentUrl ?? appStartUrl,
      packaged: app.isPackaged,
    });
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
      // Inside whenReady: before it, safeStorage cannot tell which Linux keyring it would use.
      cipher: () => createSafeStorageCipher(dataDirectory),
      openSettingsWriter: openElectronStoreWriter,
      historyWorkerUrl: options.historyWorkerUrl,
    });
    serveRenderer(options.rendererDirectory);
    if (developmentUrl) applyDevelopmentPolicy(developmentUrl);
    guardAllContents(appOrigins);
    serveContractOverIpc(api, appOrigins);
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
 * Vite's dev server injects inline code (React refresh, style tags) and talks to the page over its
 * own WebSocket, so development gets a looser policy than the built app, which sends the strict one.
 */
function applyDevelopmentPolicy(developmentUrl: string): void {
  const origin = new URL(developmentUrl).origin;
  const policy = developmentContentSecurityPolicy(origin);
  session.defaultSession.webRequest.onHeadersReceived({ urls: [`${origin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
