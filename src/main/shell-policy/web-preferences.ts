export interface WebPreferencesOptions {
  preloadPath: string;
  /** A packaged build: no DevTools. */
  packaged: boolean;
}

/**
 * The window's webPreferences. Literal types, so a `true` where `false` belongs (or the reverse)
 * fails to compile wherever the object is built or passed on, not only in its test.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  enableWebSQL: false;
  plugins: false;
  safeDialogs: true;
  spellcheck: false;
  devTools: boolean;
}

/**
 * The page is isolated from Node and from the preload's world (contextIsolation), runs in the OS
 * sandbox, and reaches main only through the preload's bridge. Dropping a file on the window must
 * not navigate to it. DevTools are the classic "paste this into the console" trick: a pasted line
 * could point a profile's base URL at another host and send a request, key and all. So a packaged
 * build has none; a developer's build keeps them.
 */
export function secureWebPreferences(options: WebPreferencesOptions): SecureWebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    enableWebSQL: false,
    plugins: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !options.packaged,
  };
}
