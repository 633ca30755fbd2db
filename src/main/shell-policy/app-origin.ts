/**
 * The window's own origin, promptwire://app. A custom standard scheme, rather than file://, gives
 * the page an origin of its own (a file:// page may read other local files and shares its origin
 * with every one of them) and lets every response carry the CSP header.
 */
export const appScheme = 'promptwire';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appStartUrl = `${appOrigin}/index.html`;

/**
 * What the scheme may do, registered before the app is ready. standard: parsed like http (hosts,
 * relative URLs, a real origin); secure: a secure context, as the page's clipboard needs;
 * supportFetchAPI: the built page loads its module scripts with CORS-mode requests. Nothing else:
 * in particular the scheme never bypasses the CSP and runs no service workers.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
  codeCache: false,
  allowExtensions: false,
} as const;

// The names electron-vite's dev server is reached by.
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * electron-vite's dev server URL (ELECTRON_RENDERER_URL) when it is plain http on loopback, else
 * undefined: anything else would let an environment variable decide which site the window trusts.
 */
export function acceptedDevelopmentUrl(developmentUrl: string | undefined): string | undefined {
  if (!developmentUrl) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(developmentUrl);
  } catch {
    return undefined;
  }
  const isLoopbackHttp = parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname);
  return isLoopbackHttp && originOf(developmentUrl) !== undefined ? developmentUrl : undefined;
}

/**
 * The origins whose pages are Promptwire: the app scheme, plus electron-vite's dev server while
 * developing (never in a packaged build, which the caller decides by passing no URL).
 */
export function trustedOrigins(developmentUrl?: string): readonly string[] {
  const accepted = acceptedDevelopmentUrl(developmentUrl);
  const origin = accepted === undefined ? undefined : originOf(accepted);
  return origin === undefined ? [appOrigin] : [appOrigin, origin];
}

/**
 * `scheme://host[:port]`, lower-cased, for URLs that have a host; undefined for those that do not
 * (data:, javascript:, about:, file:///…) and for URLs that carry credentials. Node's URL reports
 * the origin of a non-special scheme such as promptwire: as "null", hence the hand-made one.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True when the URL is a page or resource of the app itself. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && origins.includes(origin);
}
