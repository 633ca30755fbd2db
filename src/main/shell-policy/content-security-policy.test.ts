import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlSecurityHeaders } from '../web/security-headers.ts';
import {
  appContentSecurityPolicy,
  browserModeContentSecurityPolicy,
  developmentContentSecurityPolicy,
  parsePolicy,
} from './content-security-policy.ts';

const projectRoot = join(import.meta.dirname, '../../..');

function directive(policy: string, name: string): string[] | undefined {
  return parsePolicy(policy).get(name);
}

describe('the window CSP', () => {
  it('starts from none and runs only its own scripts: no inline script, no eval', () => {
    for (const policy of [appContentSecurityPolicy, browserModeContentSecurityPolicy(4321)]) {
      expect(directive(policy, 'default-src')).toEqual(["'none'"]);
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
      expect(directive(policy, 'style-src')).toEqual(["'self'"]);
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-hashes');
      expect(policy).not.toContain('wasm-unsafe-eval');
      expect(policy).not.toContain('*');
    }
  });

  it('lets the Electron window connect to nothing but itself: it talks to main over IPC', () => {
    expect(directive(appContentSecurityPolicy, 'connect-src')).toEqual(["'self'"]);
  });

  it('lets browser mode reach its own WebSocket and nothing else', () => {
    expect(directive(browserModeContentSecurityPolicy(4321), 'connect-src')).toEqual([
      "'self'",
      'ws://127.0.0.1:4321',
      'ws://localhost:4321',
    ]);
  });

  it('shuts plugins, frames, forms and <base> out, and cannot be framed', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directive(appContentSecurityPolicy, name), name).toEqual(["'none'"]);
    }
  });

  it('starts workers from the app only (the word diff runs in one)', () => {
    expect(directive(appContentSecurityPolicy, 'worker-src')).toEqual(["'self'"]);
  });

  it('loads images and fonts from the app only (the favicon is a data: SVG)', () => {
    expect(directive(appContentSecurityPolicy, 'img-src')).toEqual(["'self'", 'data:']);
    expect(directive(appContentSecurityPolicy, 'font-src')).toEqual(["'self'"]);
  });

  it('is the one browser mode sends', () => {
    expect(htmlSecurityHeaders(4321)['Content-Security-Policy']).toBe(browserModeContentSecurityPolicy(4321));
  });

  it('loosens only inline code for the dev server, never eval', () => {
    const policy = developmentContentSecurityPolicy('http://localhost:5173');
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(policy).not.toContain('unsafe-eval');
  });

  it("is not loosened by the page's own meta policy, which applies on top of the header", () => {
    const html = readFileSync(join(projectRoot, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    if (meta === undefined) return; // No meta policy: the header alone applies.
    expect(directive(meta, 'script-src')).toEqual(["'self'"]);
    expect(meta).not.toContain('unsafe-eval');
  });
});
