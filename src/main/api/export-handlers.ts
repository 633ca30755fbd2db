import { ok } from '../../shared/result.ts';
import { exportRequest } from '../export/export-request.ts';
import { importCurl } from '../export/import-curl.ts';
import type { NetworkRoutes } from '../net/proxy/network-routes.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { Handlers } from './handlers.ts';

/** request.export and request.importCurl: translation only; nothing is sent. */
export function createExportHandlers(
  profiles: ProfileService,
  routes: NetworkRoutes,
): Pick<Handlers, 'request.export' | 'request.importCurl'> {
  return {
    'request.export': async ({ profileId, request, target, includeKey }) => {
      // A profile without a key still exports: the code reads the key from its variable.
      const resolved = await profiles.resolveTarget(profileId, { allowMissingKey: true });
      if (!resolved.ok) return resolved;
      const { profile, target: endpoint } = resolved.value;
      const route = await routes.prepare({ url: endpoint.baseUrl, proxy: profile.proxy, tls: profile.tls });
      if (!route.ok) return route;
      const { route: taken } = route.value;
      const proxyUrl = taken.kind === 'direct' ? undefined : taken.url;
      return ok(exportRequest({ resolved: resolved.value, proxyUrl }, request, target, includeKey === true));
    },
    'request.importCurl': async ({ command }) => importCurl(profiles, command),
  };
}
