import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
}

/** The one window: sandboxed, isolated from Node, its only door to main is the preload's bridge. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Promptwire',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // Shown once painted, so the window never flashes white before the app's colours.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
