import type { StreamEvent } from '../../shared/chat-schemas.ts';
import type { MethodName, MethodOutput, ParsedMethodInput } from '../../shared/contract.ts';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import type { RetrySettings, TimeoutSettings } from '../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { CollectionLibrary } from '../collections/collection-library.ts';
import { resolveCollectionRequest } from '../collections/resolve-collection-request.ts';
import { openComparisonStore } from '../comparisons/comparison-store.ts';
import { makeError } from '../errors/make-error.ts';
import { testConnection } from '../net/proxy/connection-test.ts';
import type { NetworkRoutes } from '../net/proxy/network-routes.ts';
import { fetchModels } from '../profiles/fetch-models.ts';
import type { KeyStore } from '../profiles/key-store.ts';
import type { ProfileService, ResolvedTarget } from '../profiles/profile-service.ts';
import type { AppSettingsStore } from '../settings/app-settings.ts';
import { openWorkspaceFile } from '../workspace/workspace-file.ts';
import type { CallContext } from './call-context.ts';
import { startRecording } from './chat-recording.ts';
import type { ChatRuns } from './chat-runs.ts';
import { createCollectionHandlers } from './collection-handlers.ts';
import { createComparisonHandlers } from './comparison-handlers.ts';
import { createEventCoalescer } from './event-coalescer.ts';
import { createExportHandlers } from './export-handlers.ts';
import { createHistoryHandlers } from './history-handlers.ts';
import type { HistoryPort } from './history-port.ts';
import { createKeyHandlers } from './key-handlers.ts';
import { createWorkspaceHandlers } from './workspace-handlers.ts';

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
  /** What to tell the user about the settings file and the history, read at each app.info. */
  notices?: () => string[];
  /** The collections open on this machine, for their methods and for chat.start's variables. */
  collections: CollectionLibrary;
  /** Where every chat is kept; undefined when the database could not be opened. */
  history?: HistoryPort | undefined;
  /** Tells every window that an entry was added or ended; the caller's context when absent. */
  announce?: (summary: HistorySummary, context: CallContext) => void;
}

export function createHandlers(services: HandlerServices): Handlers {
  const { info, profiles, chats, chatNetwork, settings, routes, notices, history, collections } = services;
  const announce =
    services.announce ??
    ((summary: HistorySummary, context: CallContext) => context.emit('history.updated', { entry: summary }));
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
    ...createHistoryHandlers(history, settings),
    ...createExportHandlers(profiles, routes),
    // Files in the data directory, read on each call: another window may have saved one.
    ...createComparisonHandlers(openComparisonStore(info.dataDirectory)),
    ...createWorkspaceHandlers(openWorkspaceFile(info.dataDirectory)),
    ...createCollectionHandlers(collections),

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

    'chat.start': async ({ requestId, profileId, request: written, comparisonId, collectionId }, context) => {
      // The id is taken before anything is awaited, so two quick starts with one id cannot both run.
      const reservation = chats.reserve(context.connectionId, requestId);
      if (!reservation) return fail(makeError('duplicate-request', { params: { requestId } }));
      const resolved = await profiles.resolveTarget(profileId);
      if (!resolved.ok) {
        reservation.release();
        return resolved;
      }
      // Variables are filled in before anything is sent or kept: the history and the Raw tab show
      // what the vendor received.
      const filled =
        collectionId === undefined
          ? undefined
          : await resolveCollectionRequest(collections, collectionId, written, resolved.value.target);
      if (filled && !filled.ok) {
        reservation.release();
        return filled;
      }
      const route = await prepareRoute(resolved.value);
      if (!route.ok) {
        reservation.release();
        return route;
      }
      const { dispatcher, via } = route.value;
      const keys = profiles.keyPool(profileId);
      const { profile } = resolved.value;
      const request = filled?.value.request ?? written;
      const target = filled?.value.target ?? resolved.value.target;
      const shown = filled?.value.hideSecrets ?? ((event: StreamEvent) => event);
      // Written before the first byte goes out, so even a call that hangs or crashes is kept.
      const recording = startRecording(history, {
        start: {
          source: comparisonId === undefined ? 'window' : 'comparison',
          profileId: profile.id,
          profileName: profile.name,
          format: target.format,
          baseUrl: target.baseUrl,
          request,
          ...(comparisonId !== undefined && { comparisonId }),
        },
        price: profile.prices[request.model],
        announce: (summary) => announce(summary, context),
      });
      const toWindow = createEventCoalescer((event) => context.emit('chat.event', { requestId, event }));
      reservation.run(
        target,
        request,
        (sent) => {
          const event = shown(sent);
          toWindow.push(event);
          recording.observe(event);
        },
        { ...chatNetwork?.(), ...(keys && { keys }), dispatcher, via },
      );
      return ok(
        recording.historyId === undefined ? { requestId } : { requestId, historyId: recording.historyId },
      );
    },

    'chat.cancel': async ({ requestId }, context) =>
      ok({ cancelled: chats.cancel(context.connectionId, requestId) }),
  };
}
