import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { commonSecurityHeaders, contentSecurityPolicy } from '../web/security-headers.ts';
import { findStaticFile } from '../web/static-files.ts';

/**
 * The window's own origin, promptwire://app. A custom standard scheme, rather than file://, gives
 * the page an origin of its own (file:// pages may read other local files) and lets every
 * response carry the CSP header.
 */
export const appScheme = 'promptwire';
export const appHost = 'app';
export const appStartUrl = `${appScheme}://${appHost}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on the app scheme; nothing outside its folder is reachable. */
export function serveRenderer(rendererDirectory: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return textResponse(404, 'Not found.');
    const file = await findStaticFile(rendererDirectory, url.pathname);
    if (!file.found) return textResponse(file.status, file.reason);
    const headers: Record<string, string> = {
      ...commonSecurityHeaders,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-cache',
    };
    if (file.contentType.startsWith('text/html'))
      headers['Content-Security-Policy'] = contentSecurityPolicy();
    return new Response(await readFile(file.path), { status: 200, headers });
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...commonSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export function isAppUrl(url: string, developmentUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  if (!developmentUrl) return false;
  return parsed.origin === new URL(developmentUrl).origin;
}
