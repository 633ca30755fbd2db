import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../shell-policy/web-preferences.ts';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  packaged: boolean;
}

/** The one window; its webPreferences are decided (and tested) in shell-policy/web-preferences.ts. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Promptwire',
    show: false,
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, packaged: options.packaged }),
  });
  // Shown once painted, so the window never flashes white before the app's colours.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
