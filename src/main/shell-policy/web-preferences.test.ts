import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences.ts';

describe('the window webPreferences', () => {
  it('are exactly the secure values, and nothing else', () => {
    expect(secureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', packaged: true })).toStrictEqual(
      {
        preload: '/app/out/preload/index.cjs',
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
        devTools: false,
      },
    );
  });

  it('keep DevTools for a developer build only', () => {
    expect(secureWebPreferences({ preloadPath: 'p', packaged: false }).devTools).toBe(true);
    expect(secureWebPreferences({ preloadPath: 'p', packaged: true }).devTools).toBe(false);
  });

  it('enable no Blink features and join no other session', () => {
    const preferences: Record<string, unknown> = {
      ...secureWebPreferences({ preloadPath: 'p', packaged: true }),
    };
    for (const name of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'offscreen']) {
      expect(preferences, name).not.toHaveProperty(name);
    }
  });
});
