import { Agent, buildConnector, type Dispatcher, errors, Pool, ProxyAgent, Socks5ProxyAgent } from 'undici';
import type { EndpointTlsOptions } from '../tls/endpoint-tls.ts';
import { mapDispatchErrors } from './map-dispatch-errors.ts';
import { proxyEndpoint } from './proxy-url.ts';
import type { ProxyRoute, Route } from './route.ts';
import { labelRouteErrors, type RouteLabel } from './route-label.ts';

export interface DispatcherSpec {
  route: Route;
  /** The endpoint's TLS, which also applies to an https:// proxy (a corporate CA signs both). */
  tls: EndpointTlsOptions;
  connectTimeoutMs: number;
  /** Put on every error, so messages can name the proxy. */
  label: RouteLabel;
}

/**
 * The undici dispatcher for one route: an Agent when direct, a ProxyAgent for http(s) proxies, a
 * Socks5ProxyAgent for SOCKS5. The endpoint's TLS options (extra CA, skipped verification) reach
 * the endpoint on every path: through the CONNECT tunnel, through SOCKS, and direct.
 */
export function createRouteDispatcher(spec: DispatcherSpec): Dispatcher {
  return baseDispatcher(spec).compose(labelRouteErrors(spec.label));
}

function baseDispatcher({ route, tls, connectTimeoutMs }: DispatcherSpec): Dispatcher {
  const endpointTls = tls.ca ? { ca: tls.ca, rejectUnauthorized: tls.rejectUnauthorized } : tls;
  if (route.kind === 'direct') return new Agent({ connect: { ...endpointTls, timeout: connectTimeoutMs } });
  if (route.kind === 'socks5') return socksDispatcher(route, endpointTls, connectTimeoutMs);

  const proxy = proxyEndpoint(route);
  const uri = `${proxy.protocol}//${hostInUrl(proxy.hostname)}:${proxy.port}`;
  return new ProxyAgent({
    uri,
    // Sent as a header we build, not left in the URL: undici would decodeURIComponent the URL's
    // credentials and throw on a password with a lone % in it.
    ...(proxy.username !== undefined && { token: basicCredentials(proxy.username, proxy.password ?? '') }),
    connectTimeout: connectTimeoutMs,
    requestTls: endpointTls,
    ...(proxy.protocol === 'https:' && { proxyTls: endpointTls }),
    clientFactory: (origin, options) => tunnelClient(origin, options, connectTimeoutMs, uri),
  });
}

function socksDispatcher(route: ProxyRoute, endpointTls: EndpointTlsOptions, connectTimeoutMs: number) {
  const proxy = proxyEndpoint(route);
  return new Socks5ProxyAgent(`socks5://${hostInUrl(proxy.hostname)}:${proxy.port}`, {
    // undici offers user/password only when both are set; the rest of the URL it takes as given,
    // and it always sends the target's host name, so DNS is resolved at the proxy.
    ...(proxy.username !== undefined && { username: proxy.username }),
    ...(proxy.password !== undefined && { password: proxy.password }),
    connectTimeout: connectTimeoutMs,
    requestTls: endpointTls,
    connect: proxyConnector(connectTimeoutMs),
  });
}

/**
 * The TCP connection to a SOCKS5 proxy. undici hands its own connector the URL's hostname, which
 * keeps the brackets of an IPv6 address (`[::1]`) and so fails to resolve; this one removes them.
 */
function proxyConnector(connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: connectTimeoutMs });
  const unbracket = (name: string) => name.replace(/^\[(.*)\]$/, '$1');
  return (options, callback) =>
    connect(
      {
        ...options,
        hostname: unbracket(options.hostname),
        ...(options.host && { host: unbracket(options.host) }),
      },
      callback,
    );
}

/**
 * The connection that sends CONNECT to an http(s) proxy. A proxy that accepts the TCP connection
 * but never answers CONNECT would otherwise hold the request for undici's 300 s headers timeout;
 * here it fails within the connect timeout, as a connect timeout.
 */
function tunnelClient(origin: URL, options: object, connectTimeoutMs: number, proxyUri: string): Dispatcher {
  const client = new Pool(origin, { ...options, headersTimeout: connectTimeoutMs });
  return client.compose(
    mapDispatchErrors((error) =>
      (error as { code?: unknown }).code === 'UND_ERR_HEADERS_TIMEOUT'
        ? new errors.ConnectTimeoutError(
            `Connect Timeout Error (the proxy ${proxyUri} did not answer CONNECT within ${connectTimeoutMs} ms)`,
          )
        : error,
    ),
  );
}

function basicCredentials(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

function hostInUrl(hostname: string): string {
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}
