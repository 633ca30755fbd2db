import { fileURLToPath } from 'node:url';
import { startDesktopApp } from './electron/start-desktop-app.ts';

// This file is bundled to out/main/index.js; the preload and the window are built beside it.
startDesktopApp({
  preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  rendererDirectory: fileURLToPath(new URL('../renderer', import.meta.url)),
  // A second entry of the main build, emitted beside this one.
  historyWorkerUrl: new URL('./history-worker.js', import.meta.url),
});
