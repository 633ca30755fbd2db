import type { Dispatcher } from 'undici';
import type { NetworkSettings, ProfileProxy, TlsSettings } from '../../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { makeError } from '../../errors/make-error.ts';
import { readEndpointTls, tlsCacheKey } from '../tls/endpoint-tls.ts';
import { effectiveProxy, resolveRoute } from './choose-route.ts';
import { createRouteDispatcher } from './create-dispatcher.ts';
import { createDispatcherCache } from './dispatcher-cache.ts';
import type { Environment } from './environment-proxy.ts';
import type { ResolvedRoute, SystemProxyResolver } from './route.ts';

/** The marker `via` carries whenever certificates are not checked, so nobody forgets it is off. */
export const verificationOffMarker = ' (TLS verification OFF)';

export interface NetworkRoutesOptions {
  /** Read on every request: another window or process may have changed them. */
  settings: () => NetworkSettings;
  environment: Environment;
  /** Electron's session.resolveProxy; without it, system mode reads the environment. */
  systemProxy?: SystemProxyResolver;
}

export interface RouteRequest {
  /** Where the request goes; the profile's base URL is enough, since routes go by host. */
  url: string;
  proxy: ProfileProxy;
  tls: TlsSettings;
}

export interface PreparedRoute extends ResolvedRoute {
  dispatcher: Dispatcher;
}

/** Everything between a profile's settings and an undici dispatcher that honours them. */
export interface NetworkRoutes {
  prepare(request: RouteRequest): Promise<Result<PreparedRoute>>;
  /** Closes every dispatcher (app shutdown); running requests finish first. */
  close(): Promise<void>;
}

export function createNetworkRoutes(options: NetworkRoutesOptions): NetworkRoutes {
  const cache = createDispatcherCache();

  return {
    async prepare({ url, proxy, tls }) {
      const settings = options.settings();
      const resolved = await resolveRoute({
        targetUrl: url,
        proxy: effectiveProxy(proxy, settings.proxy),
        environment: options.environment,
        ...(options.systemProxy && { systemProxy: options.systemProxy }),
      });
      if (!resolved.ok) return resolved;
      const { route, mode } = resolved.value;
      const via = tls.skipVerification ? `${resolved.value.via}${verificationOffMarker}` : resolved.value.via;
      const connectTimeoutMs = settings.timeouts.connectMs;
      const key = JSON.stringify([route, tlsCacheKey(tls), connectTimeoutMs]);

      let dispatcher = cache.find(key);
      if (!dispatcher) {
        // The CA file is read here, once per key: a changed file changes the key.
        const reading = readEndpointTls(tls);
        if (!reading.ok) return fail(caFileError(url, tls.caFile ?? '', reading.reason));
        dispatcher = createRouteDispatcher({
          route,
          tls: reading.options,
          connectTimeoutMs,
          label: { kind: route.kind, via, ...(route.kind !== 'direct' && { proxy: resolved.value.via }) },
        });
        cache.add(key, dispatcher);
      }
      return ok({ route, via, mode, dispatcher });
    },
    close: () => cache.close(),
  };
}

function caFileError(url: string, caFile: string, reason: string) {
  const host = new URL(url).host;
  return makeError('network-error', {
    hintKey: 'fix-ca-file',
    params: { host, caFile, detail: `the CA file ${caFile} cannot be used: ${reason}` },
  });
}
