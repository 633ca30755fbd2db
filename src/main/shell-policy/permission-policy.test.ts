import { describe, expect, it } from 'vitest';
import { trustedOrigins } from './app-origin.ts';
import { decideDevicePermission, decidePermission } from './permission-policy.ts';

const origins = trustedOrigins();

// Every permission name Electron 45 passes to the request and check handlers.
const electronPermissions = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];

describe('permissions', () => {
  it('grant the app exactly one: writing to the clipboard', () => {
    const granted = electronPermissions.filter((permission) =>
      decidePermission(permission, 'promptwire://app/index.html', origins),
    );
    expect(granted).toEqual(['clipboard-sanitized-write']);
  });

  it('accept the origin form of permission checks as well as the URL of requests', () => {
    expect(decidePermission('clipboard-sanitized-write', 'promptwire://app', origins)).toBe(true);
  });

  it('grant nothing to any other origin, not even the clipboard', () => {
    for (const requester of [
      'https://evil.example/',
      'promptwire://evil/',
      'file:///tmp/page.html',
      'data:text/html,hi',
      'http://localhost:5173/',
      '',
      undefined,
    ]) {
      expect(decidePermission('clipboard-sanitized-write', requester, origins), String(requester)).toBe(
        false,
      );
      expect(decidePermission('media', requester, origins), String(requester)).toBe(false);
    }
  });

  it('refuse clipboard reads, which would let a page see whatever the user copied (keys too)', () => {
    expect(decidePermission('clipboard-read', 'promptwire://app/index.html', origins)).toBe(false);
  });

  it('hand out no HID, USB or serial device', () => {
    expect(decideDevicePermission()).toBe(false);
  });
});
