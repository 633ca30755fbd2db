import { session } from 'electron';
import type { SystemProxyResolver } from '../net/proxy/route.ts';

/**
 * The OS's proxy settings as Chromium sees them (PAC files, WPAD, per-protocol system proxies,
 * their bypass lists), answered per URL in PAC form: `PROXY host:port; SOCKS5 host:port; DIRECT`.
 * Only usable once the app is ready, which is when the API that calls it exists.
 */
export function createElectronSystemProxyResolver(): SystemProxyResolver {
  return { resolve: (url) => session.defaultSession.resolveProxy(url) };
}
