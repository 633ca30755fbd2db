import type { CollectionView, VariableScope } from '../../shared/collection-contract.ts';
import type { CollectionContents } from './collection-folder.ts';
import type { RegisteredCollection } from './collection-registry.ts';
import type { CollectionSecretValues } from './collection-secrets.ts';

/** The environment whose values apply: the one chosen here, if the folder still has it. */
export function chosenEnvironment(
  entry: RegisteredCollection,
  contents: CollectionContents,
): string | undefined {
  const { environment } = entry;
  return environment !== undefined && Object.hasOwn(contents.environments, environment)
    ? environment
    : undefined;
}

function scopeOf(
  variables: Record<string, string>,
  secretNames: readonly string[],
  values: Record<string, string> | undefined,
): VariableScope {
  return {
    variables: { ...variables },
    // Only whether a value is stored here: the value itself stays in the host.
    secrets: secretNames.map((name) => ({
      name,
      hasValue: values !== undefined && Object.hasOwn(values, name),
    })),
  };
}

/**
 * What the window sees of an open collection. `secrets` is undefined when the key store could not
 * be opened: every secret then shows as having no value, and `problems` says why.
 */
export function collectionView(
  entry: RegisteredCollection,
  contents: CollectionContents,
  secrets: CollectionSecretValues | { problem: string },
): CollectionView {
  const { collection } = contents;
  const stored = 'problem' in secrets ? undefined : secrets;
  const problems = [...contents.problems];
  if ('problem' in secrets) problems.push(secrets.problem);
  const environment = chosenEnvironment(entry, contents);
  if (entry.environment !== undefined && environment === undefined) {
    problems.push(
      `The environment "${entry.environment}" chosen on this machine is no longer in the folder, so only the collection's own values apply. Choose another environment.`,
    );
  }
  const environments: Record<string, VariableScope> = {};
  for (const [name, file] of Object.entries(contents.environments)) {
    environments[name] = scopeOf(file.variables, file.secretVariables, stored?.environments[name]);
  }
  return {
    id: collection.id,
    name: collection.name,
    folder: entry.folder,
    ...(environment !== undefined && { environment }),
    variables: scopeOf(collection.variables, collection.secretVariables, stored?.collection),
    environments,
    items: contents.items.map((item) => ({ ...item })),
    problems,
  };
}
