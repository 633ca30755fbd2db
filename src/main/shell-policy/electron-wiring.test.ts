import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Electron shell cannot run here (no binary), so its wiring is checked as source: each
 * decision tested in this folder must actually be applied by src/main/electron, once, at the
 * right moment. The e2e Electron spec runs the real thing where a binary exists.
 */
const projectRoot = join(import.meta.dirname, '../../..');

function source(path: string): string {
  return readFileSync(join(projectRoot, path), 'utf8');
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs|js)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].length;
}

const importsElectron = /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(\/[^'"]*)?['"]/;

describe('the Electron shell', () => {
  it('is the only code that loads electron, so tests and the CLI never need its binary', () => {
    const allowed = (path: string) =>
      path.startsWith('src/main/electron/') ||
      path === 'src/main/index.ts' ||
      path.startsWith('src/preload/');
    const offenders = ['src/main', 'src/shared', 'src/renderer', 'bin']
      .flatMap(filesUnder)
      .filter((path) => !allowed(path) && importsElectron.test(source(path)));
    expect(offenders).toEqual([]);
  });

  it('enables the sandbox and registers the app scheme before the app is ready', () => {
    const start = source('src/main/electron/start-desktop-app.ts');
    const ready = start.indexOf('app.whenReady()');
    expect(ready).toBeGreaterThan(0);
    for (const call of ['app.enableSandbox();', 'registerAppScheme();']) {
      const at = start.indexOf(call);
      expect(at, call).toBeGreaterThan(0);
      expect(at, `${call} must come before app.whenReady()`).toBeLessThan(ready);
    }
  });

  it('builds its one window with the tested webPreferences and loads the app scheme, never a file', () => {
    const window = source('src/main/electron/main-window.ts');
    expect(count(window, /webPreferences\s*:/)).toBe(1);
    expect(window).toMatch(/webPreferences:\s*secureWebPreferences\(/);
    for (const path of filesUnder('src/main/electron')) {
      const text = source(path);
      expect(text, path).not.toMatch(/\.loadFile\(|file:\/\//);
      if (!path.endsWith('main-window.ts')) expect(text, path).not.toMatch(/new BrowserWindow\(/);
    }
    const start = source('src/main/electron/start-desktop-app.ts');
    expect(start).toMatch(/startUrl:\s*developmentUrl \?\? appStartUrl/);
  });

  it('applies every navigation, window, webview and permission decision', () => {
    const guards = source('src/main/electron/content-guards.ts');
    expect(guards).toMatch(/app\.on\('web-contents-created'/);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const handler = new RegExp(`contents\\.on\\('${event}',[\\s\\S]*?decideNavigation\\(`);
      expect(guards, event).toMatch(handler);
    }
    expect(guards).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(guards).toMatch(/setWindowOpenHandler\([\s\S]*?decideWindowOpen\(/);
    expect(guards).toMatch(/setPermissionRequestHandler\([\s\S]*?decidePermission\(/);
    expect(guards).toMatch(/setPermissionCheckHandler\([\s\S]*?decidePermission\(/);
    expect(guards).toMatch(/setDevicePermissionHandler\([\s\S]*?decideDevicePermission\(/);
    // shell.openExternal is called only with a URL a decision returned.
    for (const match of guards.matchAll(/shell\.openExternal\(([^)]*)\)/g)) {
      expect(match[1]).toMatch(/^decision\.openExternally$/);
    }
  });

  it('checks the sender of every IPC call before serving it, and has no other IPC entry', () => {
    const transport = source('src/main/electron/ipc-transport.ts');
    expect(count(transport, /ipcMain\.handle\(/)).toBe(1);
    const handler = transport.slice(transport.indexOf('ipcMain.handle('));
    const check = handler.indexOf('isTrustedSender(');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(handler.indexOf('api.call('));
    for (const path of filesUnder('src/main/electron')) {
      expect(source(path), path).not.toMatch(/ipcMain\.(on|once|handleOnce)\(/);
    }
  });

  it('serves the app scheme through the tested file resolution with the tested privileges', () => {
    const protocol = source('src/main/electron/app-protocol.ts');
    expect(protocol).toMatch(/privileges:\s*\{\s*\.\.\.appSchemePrivileges\s*\}/);
    expect(protocol).toMatch(/protocol\.handle\(appScheme,[\s\S]*?resolveAppFile\(request\.url/);
  });
});

describe('the preload', () => {
  const preload = source('src/preload/index.ts');

  it('exposes one bridge and never ipcRenderer itself', () => {
    expect(count(preload, /contextBridge\.exposeInMainWorld\(/)).toBe(1);
    expect(preload).toMatch(/exposeInMainWorld\(globalName, Object\.freeze\(bridge\)\)/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendToHost|postMessage)\(/);
    // Outside the import, ipcRenderer only ever appears as a receiver: never a value handed out.
    const body = preload
      .replace(/^import[\s\S]*?from '[^']+';$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(body).not.toMatch(/\bipcRenderer\b(?!\.)/);
  });

  it('calls each method on the channel of its own name', () => {
    expect(preload).toMatch(/\(input: unknown\) => ipcRenderer\.invoke\(method, input\)/);
    expect(count(preload, /ipcRenderer\.invoke\(/)).toBe(1);
  });
});
