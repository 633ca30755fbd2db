import {
  type EventName,
  type EventPayload,
  events,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  methods,
  type PromptwireApi,
  type PromptwireBridge,
} from '../../shared/contract.ts';
import type { Result } from '../../shared/result.ts';

/** Checks a method's value against the contract; a mismatch becomes an error result, not a crash. */
export function validateOutput<M extends MethodName>(
  method: M,
  result: Result<unknown>,
): Result<MethodOutput<M>> {
  if (!result.ok) return result;
  const value = methods[method].output.safeParse(result.value);
  if (value.success) return { ok: true, value: value.data as MethodOutput<M> };
  return {
    ok: false,
    error: {
      code: 'invalid-payload',
      message: `The host answered ${method} with data this window cannot read.`,
      params: { detail: value.error.issues.map((issue) => issue.message).join('; ') },
      hintKey: 'report-bug',
    },
  };
}

/**
 * The preload's bridge with what comes back checked against the contract, as browser mode's
 * client does, so both transports hand components the same guarantees.
 */
export function validatedBridge(inner: PromptwireBridge): PromptwireBridge {
  const caller =
    <M extends MethodName>(method: M) =>
    async (input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
      try {
        return validateOutput(
          method,
          await (inner[method] as (input: unknown) => Promise<Result<unknown>>)(input),
        );
      } catch (error) {
        // IPC rejects when main has no handler or crashed; components still only see a Result.
        return {
          ok: false,
          error: {
            code: 'internal',
            message: String(error),
            params: { detail: String(error) },
            hintKey: 'report-bug',
          },
        };
      }
    };
  const api: PromptwireApi = {
    'app.info': caller('app.info'),
    'profiles.list': caller('profiles.list'),
    'profiles.update': caller('profiles.update'),
    'keys.set': caller('keys.set'),
    'keys.clear': caller('keys.clear'),
    'keys.add': caller('keys.add'),
    'keys.remove': caller('keys.remove'),
    'settings.get': caller('settings.get'),
    'settings.update': caller('settings.update'),
    'connection.test': caller('connection.test'),
    'presets.list': caller('presets.list'),
    'profiles.create': caller('profiles.create'),
    'profiles.delete': caller('profiles.delete'),
    'models.fetch': caller('models.fetch'),
    'keys.check': caller('keys.check'),
    'keys.storage': caller('keys.storage'),
    'history.list': caller('history.list'),
    'history.get': caller('history.get'),
    'history.delete': caller('history.delete'),
    'history.deleteMatching': caller('history.deleteMatching'),
    'history.clear': caller('history.clear'),
    'history.export': caller('history.export'),
    'request.export': caller('request.export'),
    'comparisons.list': caller('comparisons.list'),
    'comparisons.get': caller('comparisons.get'),
    'comparisons.save': caller('comparisons.save'),
    'comparisons.delete': caller('comparisons.delete'),
    'workspace.get': caller('workspace.get'),
    'workspace.save': caller('workspace.save'),
    'collections.list': caller('collections.list'),
    'collections.open': caller('collections.open'),
    'collections.close': caller('collections.close'),
    'collections.getRequest': caller('collections.getRequest'),
    'collections.saveRequest': caller('collections.saveRequest'),
    'collections.deleteRequest': caller('collections.deleteRequest'),
    'collections.setEnvironment': caller('collections.setEnvironment'),
    'collections.saveVariables': caller('collections.saveVariables'),
    'request.importCurl': caller('request.importCurl'),
    'chat.start': caller('chat.start'),
    'chat.cancel': caller('chat.cancel'),
  };
  return {
    ...api,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return inner.on(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<E>);
        else console.warn(`Promptwire: ignored a malformed ${event} event`, parsed.error.issues);
      });
    },
  };
}
