import type { ChatRequest, StreamEvent } from '../../shared/chat-schemas.ts';
import { maskKey } from '../../shared/mask-key.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { resolveVariables } from '../../shared/variables.ts';
import { isValidHeaderValue } from '../profiles/profile-headers.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';
import { collectionFailure, headerValueBroken } from './collection-errors.ts';
import type { CollectionLibrary } from './collection-library.ts';
import { resolveRequest, variablesFor } from './collection-variables.ts';
import { chosenEnvironment } from './collection-view.ts';

export interface ResolvedCollectionRequest {
  request: ChatRequest;
  target: ProviderTarget;
  /**
   * Hides the secret values in a request-sent event's header values: a header not named like a
   * credential (X-Org: {{orgToken}}) is otherwise shown as it is in the Raw tab and the history.
   */
  hideSecrets(event: StreamEvent): StreamEvent;
}

/**
 * Fills in a collection request's `{{variables}}` in the host, before anything is sent or kept:
 * the system prompt, the messages and the profile's header values, with the collection's values,
 * the chosen environment's over them, and the secret values of this machine. A name no scope
 * defines stays as written, as Postman leaves it, so the answer (or the vendor's error) shows it.
 */
export async function resolveCollectionRequest(
  library: CollectionLibrary,
  collectionId: string,
  request: ChatRequest,
  target: ProviderTarget,
): Promise<Result<ResolvedCollectionRequest>> {
  const found = library.find(collectionId);
  if (!found.ok) return found;
  const { entry, contents } = found.value;
  const environment = chosenEnvironment(entry, contents);
  let secrets: Awaited<ReturnType<CollectionLibrary['secrets']['values']>>;
  try {
    secrets = await library.secrets.values(collectionId);
  } catch (error) {
    // Sent without them, a request would carry `{{token}}` where the user expects their token.
    return fail(collectionFailure(error, entry.folder, 'the secret values could not be read'));
  }
  const environmentSecrets = environment === undefined ? {} : (secrets.environments[environment] ?? {});
  const values = variablesFor(
    contents.collection,
    environment === undefined ? undefined : contents.environments[environment],
    (name, scope) => (scope === 'collection' ? secrets.collection[name] : environmentSecrets[name]),
  );

  let headers: Record<string, string> | undefined;
  if (target.headers) {
    headers = {};
    for (const [name, value] of Object.entries(target.headers)) {
      const filled = resolveVariables(value, values).text;
      if (!isValidHeaderValue(filled)) return fail(headerValueBroken(name));
      headers[name] = filled;
    }
  }
  const secretValues = [...Object.values(secrets.collection), ...Object.values(environmentSecrets)]
    // A value of a character or two would mask half of every header; such a value protects nothing.
    .filter((value) => value.length >= 4)
    .sort((left, right) => right.length - left.length);
  return ok({
    request: resolveRequest(request, values).request,
    target: headers ? { ...target, headers } : target,
    hideSecrets: (event) => (event.type === 'request-sent' ? hideInHeaders(event, secretValues) : event),
  });
}

function hideInHeaders(
  event: Extract<StreamEvent, { type: 'request-sent' }>,
  secretValues: readonly string[],
): StreamEvent {
  if (secretValues.length === 0) return event;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers)) {
    headers[name] = secretValues.reduce((text, secret) => text.split(secret).join(maskKey(secret)), value);
  }
  return { ...event, headers };
}
