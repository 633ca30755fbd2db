import type { MethodName, MethodOutput, ParsedMethodInput } from '../../shared/contract.ts';
import type { RetrySettings, TimeoutSettings } from '../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { testConnection } from '../net/proxy/connection-test.ts';
import type { NetworkRoutes } from '../net/proxy/network-routes.ts';
import { fetchModels } from '../profiles/fetch-models.ts';
import type { KeyStore } from '../profiles/key-store.ts';
import type { ProfileService, ResolvedTarget } from '../profiles/profile-service.ts';
import type { AppSettingsStore } from '../settings/app-settings.ts';
import type { CallContext } from './call-context.ts';
import type { ChatRuns } from './chat-runs.ts';
import { createKeyHandlers } from './key-handlers.ts';

/** One handler per contract method: a method added to the contract does not compile until handled. */
export type Handlers = {
  [M in MethodName]: (input: ParsedMethodInput<M>, context: CallContext) => Promise<Result<MethodOutput<M>>>;
};

export interface HandlerServices {
  info: MethodOutput<'app.info'>;
  profiles: ProfileService;
  /** The same key store the profiles use: for waiting on its disk writes and its storage status. */
  keys: KeyStore;
  chats: ChatRuns;
  settings: AppSettingsStore;
  /** Route, dispatcher and `via` for each request, from the profile's and the global proxy settings. */
  routes: NetworkRoutes;
  /** The current timeouts and retry policy for chat runs; the SDKs' defaults when absent. */
  chatNetwork?: () => { timeouts: TimeoutSettings; retry: RetrySettings };
  /** What to tell the user about the settings file, read at each app.info. */
  notices?: () => string[];
}

export function createHandlers(services: HandlerServices): Handlers {
  const { info, profiles, chats, chatNetwork, settings, routes, notices } = services;
  // Routes go by the profile's base URL: every endpoint of a profile shares its host.
  const prepareRoute = ({ profile, target }: ResolvedTarget) =>
    routes.prepare({ url: target.baseUrl, proxy: profile.proxy, tls: profile.tls });

  return {
    'app.info': async () => {
      const current = notices?.() ?? [];
      return ok(current.length > 0 ? { ...info, notices: current } : info);
    },
    'profiles.list': async () => ok(profiles.list()),
    'profiles.update': async (input) => profiles.update(input),
    'presets.list': async () => ok(profiles.presets()),
    'profiles.create': async (input) => profiles.create(input),
    'profiles.delete': async ({ profileId }) => profiles.remove(profileId),
    'models.fetch': async ({ profileId }) => {
      const resolved = await profiles.resolveTarget(profileId);
      if (!resolved.ok) return resolved;
      const prepared = await prepareRoute(resolved.value);
      if (!prepared.ok) return prepared;
      const { target, keys } = resolved.value;
      return fetchModels({ target, prepared: prepared.value, keys });
    },
    ...createKeyHandlers(profiles, services.keys),
    'settings.get': async () => ok(settings.get()),
    'settings.update': async (input) => settings.update(input),

    'connection.test': async ({ profileId, keyId }) => {
      const resolved = await profiles.resolveTarget(profileId, { allowMissingKey: true });
      if (!resolved.ok) return resolved;
      const prepared = await prepareRoute(resolved.value);
      if (!prepared.ok) return prepared;
      let { target, missingKey } = resolved.value;
      if (keyId !== undefined) {
        // That key exactly, not the one rotation would pick: the user asked about this one.
        const chosen = profiles.findKey(profileId, keyId);
        if (!chosen.ok) return chosen;
        target = { ...target, apiKey: chosen.value };
        missingKey = undefined;
      }
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
