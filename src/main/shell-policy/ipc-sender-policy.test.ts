import { describe, expect, it } from 'vitest';
import { trustedOrigins } from './app-origin.ts';
import { isTrustedSender } from './ipc-sender-policy.ts';

const built = trustedOrigins();

describe('IPC senders', () => {
  it("serve the app's top frame", () => {
    expect(isTrustedSender({ url: 'promptwire://app/index.html', isTopFrame: true }, built)).toBe(true);
  });

  it('refuse an iframe, even one showing the app', () => {
    expect(isTrustedSender({ url: 'promptwire://app/index.html', isTopFrame: false }, built)).toBe(false);
  });

  it('refuse a frame that is gone', () => {
    expect(isTrustedSender(null, built)).toBe(false);
    expect(isTrustedSender(undefined, built)).toBe(false);
  });

  it('refuse any other page the window might show', () => {
    for (const url of [
      'https://evil.example/',
      'file:///home/user/page.html',
      'data:text/html,hi',
      'about:blank',
      '',
      'promptwire://evil/index.html',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedSender({ url, isTopFrame: true }, built), url).toBe(false);
    }
  });

  it('serve the dev server only while developing', () => {
    const development = trustedOrigins('http://localhost:5173');
    expect(isTrustedSender({ url: 'http://localhost:5173/', isTopFrame: true }, development)).toBe(true);
  });
});
