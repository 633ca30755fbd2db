import type { ChatRequest } from '../../shared/chat-schemas.ts';
import type { CollectionFile, EnvironmentFile } from '../../shared/collection-schemas.ts';
import { resolveVariables } from '../../shared/variables.ts';

/**
 * The values `{{name}}` takes in a collection's requests: the collection's, then the chosen
 * environment's over them, each scope's secret values (from the key store) over its plain ones. A
 * secret without a value on this machine is left out, so it shows as missing rather than as an
 * empty string; an environment's secret left unset does not fall back to the collection's value,
 * which may be meant for another environment (a development token sent to production).
 */
export function variablesFor(
  collection: CollectionFile,
  environment: EnvironmentFile | undefined,
  secretValue: (name: string, scope: 'collection' | 'environment') => string | undefined,
): Record<string, string> {
  const values: Record<string, string> = {};
  const apply = (scope: CollectionFile | EnvironmentFile, kind: 'collection' | 'environment') => {
    Object.assign(values, scope.variables);
    for (const name of scope.secretVariables) {
      const value = secretValue(name, kind);
      if (value === undefined) delete values[name];
      else values[name] = value;
    }
  };
  apply(collection, 'collection');
  if (environment) apply(environment, 'environment');
  return values;
}

/** The request with its variables filled in (system prompt and messages), and the names missing. */
export function resolveRequest(
  request: ChatRequest,
  values: Readonly<Record<string, string>>,
): { request: ChatRequest; missing: string[] } {
  const missing = new Set<string>();
  const fill = (text: string) => {
    const resolved = resolveVariables(text, values);
    for (const name of resolved.missing) missing.add(name);
    return resolved.text;
  };
  const resolved: ChatRequest = {
    ...request,
    ...(request.system !== undefined && { system: fill(request.system) }),
    messages: request.messages.map((message) => ({ ...message, content: fill(message.content) })),
  };
  return { request: resolved, missing: [...missing] };
}
