import { describe, expect, it } from 'vitest';
import {
  acceptedDevelopmentUrl,
  appOrigin,
  appSchemePrivileges,
  appStartUrl,
  isTrustedUrl,
  originOf,
  trustedOrigins,
} from './app-origin.ts';

describe('the app origin', () => {
  it('is promptwire://app, and the window starts on its index page', () => {
    expect(appOrigin).toBe('promptwire://app');
    expect(appStartUrl).toBe('promptwire://app/index.html');
    expect(originOf(appStartUrl)).toBe(appOrigin);
  });

  it('registers the scheme as standard and secure, and never lets it bypass the CSP', () => {
    expect(appSchemePrivileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
      stream: false,
      codeCache: false,
      allowExtensions: false,
    });
  });

  it('has no origin for URLs without a host or with credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
      'promptwire://user@app/index.html',
      'promptwire://user:pass@app/index.html',
    ]) {
      expect(originOf(url), url).toBeUndefined();
    }
  });

  it('lower-cases the origin and keeps a non-default port', () => {
    expect(originOf('PROMPTWIRE://APP/index.html')).toBe('promptwire://app');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('http://localhost:80/')).toBe('http://localhost');
  });
});

describe('trusted origins', () => {
  it('are the app scheme alone in a built app', () => {
    expect(trustedOrigins()).toEqual(['promptwire://app']);
    expect(trustedOrigins('')).toEqual(['promptwire://app']);
  });

  it("add electron-vite's dev server when it is a loopback http URL", () => {
    expect(trustedOrigins('http://localhost:5173/')).toEqual(['promptwire://app', 'http://localhost:5173']);
    expect(trustedOrigins('http://127.0.0.1:5173')).toEqual(['promptwire://app', 'http://127.0.0.1:5173']);
    expect(trustedOrigins('http://[::1]:5173')).toEqual(['promptwire://app', 'http://[::1]:5173']);
  });

  it('ignore a dev server URL that is not loopback http', () => {
    for (const url of ['https://evil.example:5173', 'http://192.168.1.2:5173', 'file:///tmp/x', 'nonsense']) {
      expect(trustedOrigins(url), url).toEqual(['promptwire://app']);
    }
  });

  it('match a URL only by its exact origin', () => {
    const origins = trustedOrigins();
    expect(isTrustedUrl('promptwire://app/assets/index.js', origins)).toBe(true);
    expect(isTrustedUrl('promptwire://app', origins)).toBe(true);
    expect(isTrustedUrl('promptwire://app.evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('promptwire://evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('promptwire://app:8080/index.html', origins)).toBe(false);
    expect(isTrustedUrl('promptwire://app@evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('http://app/index.html', origins)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', origins)).toBe(false);
  });
});

describe('the dev server URL', () => {
  it('is taken only as loopback http', () => {
    expect(acceptedDevelopmentUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(acceptedDevelopmentUrl(undefined)).toBeUndefined();
    expect(acceptedDevelopmentUrl('https://localhost:5173/')).toBeUndefined();
    expect(acceptedDevelopmentUrl('http://localhost.evil.example:5173/')).toBeUndefined();
    expect(acceptedDevelopmentUrl('http://user@localhost:5173/')).toBeUndefined();
  });
});
