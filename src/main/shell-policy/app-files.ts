import { commonSecurityHeaders } from '../web/security-headers.ts';
import { findStaticFile } from '../web/static-files.ts';
import { appHost, appScheme } from './app-origin.ts';
import { appContentSecurityPolicy } from './content-security-policy.ts';

export type AppFileAnswer =
  | { found: true; path: string; headers: Record<string, string> }
  | { found: false; status: 400 | 403 | 404 | 405; reason: string; headers: Record<string, string> };

/**
 * What the app scheme answers for a request: a file of the built renderer, or a refusal. Only
 * promptwire://app, only GET and HEAD, and only files inside `rendererDirectory`: `..` in any
 * spelling (plain, percent-encoded, with encoded slashes or backslashes), NUL bytes, dotfiles and
 * symbolic links that lead outside are refused by the same lookup browser mode uses, so the two
 * transports cannot drift apart. Every answer carries the security headers; HTML carries the CSP.
 */
export async function resolveAppFile(
  requestUrl: string,
  rendererDirectory: string,
  method = 'GET',
): Promise<AppFileAnswer> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400, 'Bad request: not a URL.');
  }
  if (url.protocol !== `${appScheme}:` || url.host.toLowerCase() !== appHost) {
    return refusal(404, 'Not found.');
  }
  if (url.username !== '' || url.password !== '') return refusal(400, 'Bad request: credentials in the URL.');
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'Method not allowed.');

  const file = await findStaticFile(rendererDirectory, url.pathname);
  if (!file.found) return refusal(file.status, file.reason);
  const headers: Record<string, string> = {
    ...commonSecurityHeaders,
    'Content-Type': file.contentType,
    // The page names hashed assets; a stale cached page would ask for assets a rebuild removed.
    'Cache-Control': file.isIndex ? 'no-store' : 'no-cache',
  };
  if (file.contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = appContentSecurityPolicy;
  }
  return { found: true, path: file.path, headers };
}

function refusal(status: 400 | 403 | 404 | 405, reason: string): AppFileAnswer {
  return {
    found: false,
    status,
    reason,
    headers: { ...commonSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  };
}
