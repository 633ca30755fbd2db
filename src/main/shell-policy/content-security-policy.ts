/**
 * The window's Content Security Policy, one for both ways of showing it (Electron's app scheme
 * and browser mode's loopback server). Everything starts from 'none' and gets back only what the
 * built page uses: its own scripts, workers, styles, images and fonts. No inline script and no eval, so an
 * injected string can never run as code; connections only to the page itself (and, in browser
 * mode, its own WebSocket), so even code that did run could not send anything elsewhere.
 */
export interface PolicyOptions {
  /** Besides 'self': browser mode's WebSocket address. */
  connections?: readonly string[];
  /** electron-vite's dev server only: React refresh's inline preamble and Vite's style tags. */
  development?: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const inline = options.development ? " 'unsafe-inline'" : '';
  return [
    "default-src 'none'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    // The favicon is an inline SVG.
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...(options.connections ?? [])].join(' '),
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    // The word diff of two long answers runs in a worker of the page's own, off the window's thread.
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of the packaged app on promptwire://app: it talks to main over IPC, not the network. */
export const appContentSecurityPolicy = contentSecurityPolicy();

/** Browser mode on `port`: its WebSocket is the only other address it may reach. */
export function browserModeContentSecurityPolicy(port: number): string {
  return contentSecurityPolicy({ connections: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] });
}

/** The dev server's own WebSocket (hot reload) comes on top of the development allowances. */
export function developmentContentSecurityPolicy(developmentOrigin: string): string {
  const socketOrigin = developmentOrigin.replace(/^http/, 'ws');
  return contentSecurityPolicy({ connections: [socketOrigin], development: true });
}

/** Splits a policy into directive name -> source list, for checks that must not rely on spelling. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
