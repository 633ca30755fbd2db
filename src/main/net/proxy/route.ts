import type { ProxyMode } from '../../../shared/network-schemas.ts';

/** How one request leaves the machine. Proxy URLs keep their credentials; show `via` instead. */
export type Route =
  | { kind: 'direct' }
  /** http:// or https:// proxy: CONNECT for https targets, absolute-URI forwarding for http ones. */
  | { kind: 'http-proxy'; url: string }
  /** socks5:// and socks5h:// alike: undici's SOCKS5 client always sends the host name. */
  | { kind: 'socks5'; url: string; remoteDns: boolean };

export type ProxyRoute = Exclude<Route, { kind: 'direct' }>;

export interface ResolvedRoute {
  route: Route;
  /** 'direct', or the proxy URL with its password masked: safe to show and to log. */
  via: string;
  /** The mode that chose the route; 'system' becomes 'environment' where no OS resolver exists. */
  mode: ProxyMode;
}

/** Where the OS's proxy settings come from: Electron's session in the app, nothing elsewhere. */
export interface SystemProxyResolver {
  /** The answer for this URL in PAC form, e.g. `PROXY 10.0.0.1:8080; SOCKS5 10.0.0.1:1080; DIRECT`. */
  resolve(url: string): Promise<string>;
}
