import { describe, expect, it } from 'vitest';
import { decideWindowOpen, externalLinkHosts, externalLinkTarget } from './external-links.ts';

describe('external links', () => {
  it("open the vendors' consoles and docs in the browser", () => {
    for (const url of [
      'https://platform.openai.com/api-keys',
      'https://console.anthropic.com/settings/keys',
      'https://docs.anthropic.com/en/api/messages',
      'https://openrouter.ai/keys',
      'http://platform.openai.com/docs',
    ]) {
      expect(externalLinkTarget(url), url).toBe(new URL(url).href);
    }
  });

  it('hand over the parsed URL, not the original spelling', () => {
    expect(externalLinkTarget('HTTPS://Platform.OpenAI.com/a/../api-keys')).toBe(
      'https://platform.openai.com/api-keys',
    );
  });

  it('drop every other host, look-alike and subdomain', () => {
    for (const url of [
      'https://evil.example/',
      'https://platform.openai.com.evil.example/',
      'https://evil-platform.openai.com/',
      'https://sub.openrouter.ai/',
      'https://openai.com/',
      'https://platform.openai.com@evil.example/',
    ]) {
      expect(externalLinkTarget(url), url).toBeUndefined();
    }
  });

  it('drop listed hosts with credentials or another port', () => {
    expect(externalLinkTarget('https://user:pass@platform.openai.com/')).toBeUndefined();
    expect(externalLinkTarget('https://user@platform.openai.com/')).toBeUndefined();
    expect(externalLinkTarget('https://platform.openai.com:8443/')).toBeUndefined();
  });

  it('drop every scheme but http(s), whatever the host', () => {
    for (const url of [
      'file:///etc/passwd',
      'smb://platform.openai.com/share',
      'ftp://platform.openai.com/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'mailto:someone@platform.openai.com',
      'promptwire://app/index.html',
      'ms-msdt:/id PCWDiagnostic',
      'not a url',
    ]) {
      expect(externalLinkTarget(url), url).toBeUndefined();
    }
  });

  it('list only exact, lower-case host names', () => {
    for (const host of externalLinkHosts) {
      expect(host).toBe(host.toLowerCase());
      expect(host).not.toContain('*');
      expect(new URL(`https://${host}/`).hostname).toBe(host);
    }
  });
});

describe('window.open', () => {
  it('never opens a window; a listed link goes to the browser', () => {
    expect(decideWindowOpen('https://platform.openai.com/api-keys')).toEqual({
      action: 'deny',
      openExternally: 'https://platform.openai.com/api-keys',
    });
  });

  it('drops everything else, the app itself included', () => {
    for (const url of [
      'https://evil.example/',
      'promptwire://app/index.html',
      'about:blank',
      'file:///etc',
    ]) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny' });
    }
  });
});
