import type { ChatRequest } from '../../shared/chat-schemas.ts';
import type { CollectionFile, EnvironmentFile } from '../../shared/collection-schemas.ts';
import { resolveVariables } from '../../shared/variables.ts';

/**
 * The values `{{name}}` takes in a collection's requests: the collection's, then the chosen
 * environment's over them, then secret values from the key store over both. A secret without a
 * value on this machine is left out, so it shows as missing rather than as an empty string.
 */
export function variablesFor(
  collection: CollectionFile,
  environment: EnvironmentFile | undefined,
  secretValue: (name: string) => string | undefined,
): Record<string, string> {
  const values: Record<string, string> = { ...collection.variables, ...environment?.variables };
  for (const name of [...collection.secretVariables, ...(environment?.secretVariables ?? [])]) {
    const value = secretValue(name);
    if (value === undefined) delete values[name];
    else values[name] = value;
  }
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
