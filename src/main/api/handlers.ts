import type { MethodName, MethodOutput, ParsedMethodInput } from '../../shared/contract.ts';
import type { RetrySettings, TimeoutSettings } from '../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { testConnection } from '../net/proxy/connection-test.ts';
import type { NetworkRoutes } from '../net/proxy/network-routes.ts';
import type { ProfileService, ResolvedTarget } from '../profiles/profile-service.ts';
import type { AppSettingsStore } from '../settings/app-settings.ts';
import type { CallContext } from './call-context.ts';
import type { ChatRuns } from './chat-runs.ts';

/** One handler per contract method: a method added to the contract does not compile until handled. */
export type Handlers = {
  [M in MethodName]: (input: ParsedMethodInput<M>, context: CallContext) => Promise<Result<MethodOutput<M>>>;
};

export interface HandlerServices {
  info: MethodOutput<'app.info'>;
  profiles: ProfileService;
  chats: ChatRuns;
  settings: AppSettingsStore;
  /** Route, dispatcher and `via` for each request, from the profile's and the global proxy settings. */
  routes: NetworkRoutes;
  /** The current timeouts and retry policy for chat runs; the SDKs' defaults when absent. */
  chatNetwork?: () => { timeouts: TimeoutSettings; retry: RetrySettings };
}

export function createHandlers(services: HandlerServices): Handlers {
  const { info, profiles, chats, chatNetwork, settings, routes } = services;
  // Routes go by the profile's base URL: every endpoint of a profile shares its host.
  const prepareRoute = ({ profile, target }: ResolvedTarget) =>
    routes.prepare({ url: target.baseUrl, proxy: profile.proxy, tls: profile.tls });

  return {
    'app.info': async () => ok(info),
    'profiles.list': async () => ok(profiles.list()),
    'profiles.update': async (input) => profiles.update(input),
    'keys.set': async ({ profileId, key }) => profiles.setKey(profileId, key),
    'keys.clear': async ({ profileId }) => profiles.clearKey(profileId),
    'keys.add': async ({ profileId, key }) => profiles.addKey(profileId, key),
    'keys.remove': async ({ profileId, keyId }) => profiles.removeKey(profileId, keyId),
    'settings.get': async () => ok(settings.get()),
    'settings.update': async (input) => settings.update(input),

    'connection.test': async ({ profileId }) => {
      const resolved = await profiles.resolveTarget(profileId, { allowMissingKey: true });
      if (!resolved.ok) return resolved;
      const prepared = await prepareRoute(resolved.value);
      if (!prepared.ok) return prepared;
      const { target, missingKey } = resolved.value;
      return ok(
        await testConnection({ target, prepared: prepared.value, ...(missingKey && { missingKey }) }),
      );
    },

    'chat.start': async ({ requestId, profileId, request }, context) => {
      // The id is taken before anything is awaited, so two quick starts with one id cannot both run.
      const reservation = chats.reserve(context.connectionId, requestId);
      if (!reservation) return fail(makeError('duplicate-request', { params: { requestId } }));
      const resolved = await profiles.resolveTarget(profileId);
      if (!resolved.ok) {
        reservation.release();
        return resolved;
      }
      const route = await prepareRoute(resolved.value);
      if (!route.ok) {
        reservation.release();
        return route;
      }
      const { dispatcher, via } = route.value;
      const keys = profiles.keyPool(profileId);
      reservation.run(
        resolved.value.target,
        request,
        (event) => context.emit('chat.event', { requestId, event }),
        { ...chatNetwork?.(), ...(keys && { keys }), dispatcher, via },
      );
      return ok({ requestId });
    },

    'chat.cancel': async ({ requestId }, context) =>
      ok({ cancelled: chats.cancel(context.connectionId, requestId) }),
  };
}
