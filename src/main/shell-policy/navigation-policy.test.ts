import { describe, expect, it } from 'vitest';
import { trustedOrigins } from './app-origin.ts';
import { decideNavigation } from './navigation-policy.ts';

const built = trustedOrigins();
const development = trustedOrigins('http://localhost:5173');

describe('navigation', () => {
  it('stays within the app', () => {
    expect(decideNavigation('promptwire://app/index.html', built)).toEqual({ action: 'allow' });
    expect(decideNavigation('promptwire://app/index.html#raw', built)).toEqual({ action: 'allow' });
  });

  it('refuses local files, inline documents and script URLs, even in development', () => {
    for (const url of [
      'file:///etc/passwd',
      'FILE:///C:/Windows/win.ini',
      'file://server/share/page.html',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(document.cookie)',
      ' JavaScript:alert(1)',
      'blob:promptwire://app/0b6f3c2e-4a4e-4b57-9d42-1f6f0c9f1f11',
      'about:blank',
      'view-source:promptwire://app/index.html',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(decideNavigation(url, development), url).toEqual({ action: 'deny', reason: 'local-scheme' });
    }
  });

  it('refuses other origins, look-alikes of the app included', () => {
    for (const url of [
      'https://evil.example/',
      'promptwire://evil/index.html',
      'promptwire://app.evil/index.html',
      'promptwire://app:1/index.html',
      'promptwire://app@evil/index.html',
      'http://localhost:5173/',
    ]) {
      expect(decideNavigation(url, built), url).toEqual({ action: 'deny', reason: 'other-origin' });
    }
  });

  it('refuses what is not a URL', () => {
    expect(decideNavigation('::::', built)).toEqual({ action: 'deny', reason: 'unparseable' });
  });

  it('allows the dev server only while developing', () => {
    expect(decideNavigation('http://localhost:5173/', development)).toEqual({ action: 'allow' });
    expect(decideNavigation('http://localhost:5174/', development).action).toBe('deny');
  });

  it("suggests the browser for a vendor's page and nothing else", () => {
    expect(decideNavigation('https://console.anthropic.com/settings/keys', built)).toEqual({
      action: 'deny',
      reason: 'other-origin',
      openExternally: 'https://console.anthropic.com/settings/keys',
    });
    expect(decideNavigation('https://evil.example/', built)).not.toHaveProperty('openExternally');
  });
});
