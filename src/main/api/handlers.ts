import type { MethodName, MethodOutput, ParsedMethodInput } from '../../shared/contract.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
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
}

export function createHandlers({ info, profiles, chats }: HandlerServices): Handlers {
  return {
    'app.info': async () => ok(info),
    'profiles.list': async () => ok(profiles.list()),
    'profiles.update': async (input) => profiles.update(input),
    'keys.set': async ({ profileId, key }) => profiles.setKey(profileId, key),
    'keys.clear': async ({ profileId }) => profiles.clearKey(profileId),

    'chat.start': async ({ requestId, profileId, request }, context) => {
      // The id is taken before anything is awaited, so two quick starts with one id cannot both run.
      const reservation = chats.reserve(context.connectionId, requestId);
      if (!reservation) return fail(makeError('duplicate-request', { params: { requestId } }));
      const resolved = await profiles.resolveTarget(profileId);
      if (!resolved.ok) {
        reservation.release();
        return resolved;
      }
      reservation.run(resolved.value.target, request, (event) =>
        context.emit('chat.event', { requestId, event }),
      );
      return ok({ requestId });
    },

    'chat.cancel': async ({ requestId }, context) =>
      ok({ cancelled: chats.cancel(context.connectionId, requestId) }),
  };
}
