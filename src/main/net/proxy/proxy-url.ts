import type { ProxyRoute } from './route.ts';

export type ProxyUrlProblem =
  | { kind: 'socks4'; scheme: string }
  | { kind: 'unsupported-scheme'; scheme: string }
  | { kind: 'malformed' };

export type ParsedProxyUrl = { ok: true; route: ProxyRoute } | { ok: false; problem: ProxyUrlProblem };

export const acceptedProxySchemes = 'http://, https://, socks5:// or socks5h://';

const schemePattern = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * A proxy URL as users paste it. Without a scheme it is an http proxy, as curl reads
 * `HTTPS_PROXY=127.0.0.1:7890` (the address Clash and v2ray print). `socks://` is what GNOME writes
 * into ALL_PROXY and means SOCKS5 there. The path is ignored, as every client ignores it.
 */
export function parseProxyUrl(text: string): ParsedProxyUrl {
  const trimmed = text.trim();
  const withScheme = schemePattern.test(trimmed) ? trimmed : `http://${trimmed}`;
  const scheme = (schemePattern.exec(withScheme)?.[1] ?? '').toLowerCase();
  if (scheme === 'socks4' || scheme === 'socks4a') return { ok: false, problem: { kind: 'socks4', scheme } };
  const kind = routeKindFor(scheme);
  if (!kind) return { ok: false, problem: { kind: 'unsupported-scheme', scheme } };

  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { ok: false, problem: { kind: 'malformed' } };
  }
  if (parsed.hostname === '') return { ok: false, problem: { kind: 'malformed' } };
  const userInfo = parsed.username || parsed.password ? `${parsed.username}:${parsed.password}@` : '';
  const url = `${scheme}://${userInfo.replace(/:@$/, '@')}${parsed.host}`;
  return {
    ok: true,
    route: kind === 'socks5' ? { kind, url, remoteDns: true } : { kind, url },
  };
}

function routeKindFor(scheme: string): ProxyRoute['kind'] | undefined {
  if (scheme === 'http' || scheme === 'https') return 'http-proxy';
  if (scheme === 'socks5' || scheme === 'socks5h' || scheme === 'socks') return 'socks5';
  return undefined;
}

export interface ProxyEndpoint {
  protocol: 'http:' | 'https:' | 'socks5:';
  hostname: string;
  port: number;
  /** Decoded: `p%40ss` in the URL is `p@ss` here. */
  username?: string;
  password?: string;
}

const defaultPorts = { 'http:': 80, 'https:': 443, 'socks5:': 1080 } as const;

/** The parts of a route's proxy URL, credentials percent-decoded, for building the dispatcher. */
export function proxyEndpoint(route: ProxyRoute): ProxyEndpoint {
  const parsed = new URL(route.url);
  const protocol = route.kind === 'socks5' ? 'socks5:' : parsed.protocol === 'https:' ? 'https:' : 'http:';
  const endpoint: ProxyEndpoint = {
    protocol,
    hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? defaultPorts[protocol] : Number(parsed.port),
  };
  if (parsed.username !== '') endpoint.username = decodeComponent(parsed.username);
  if (parsed.password !== '') endpoint.password = decodeComponent(parsed.password);
  return endpoint;
}

/**
 * `socks5h://user:p%40ss@127.0.0.1:1080` -> `socks5h://user:****@127.0.0.1:1080`. Also for text
 * that did not parse (it ends up in error messages): the credentials run to the last `@`, as in
 * URL parsing, so a raw `@` in a password is not shown either.
 */
export function maskProxyUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)?(.*)@([^@]*)$/i.exec(url);
  if (!match) return url;
  const [, scheme = '', userInfo = '', rest] = match;
  const separator = userInfo.indexOf(':');
  const user = separator === -1 ? userInfo : userInfo.slice(0, separator);
  return separator === -1 ? `${scheme}${user}@${rest}` : `${scheme}${user}:****@${rest}`;
}

// A lone `%` typed into a password is not an escape; keep it rather than fail the whole URL.
function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
