import type { SecretStore } from '../secrets/secret-store.ts';

/** Secrets are stored under this owner prefix; the key store skips such owners (they are no API keys). */
export const collectionSecretOwnerPrefix = 'collection:';

/** The secret values this machine has for one collection: its own, and each environment's. */
export interface CollectionSecretValues {
  collection: Record<string, string>;
  environments: Record<string, Record<string, string>>;
}

/** Where a secret variable belongs: the collection itself (no environment) or one environment. */
export interface SecretScope {
  environment?: string | undefined;
}

export interface CollectionSecrets {
  /** Values that cannot be decrypted here are left out: they show as having no value. */
  values(collectionId: string): Promise<CollectionSecretValues>;
  /** Stores these values (replacing any earlier ones) and forgets the `removed` names. */
  change(
    collectionId: string,
    scope: SecretScope,
    changes: { set: Record<string, string>; removed: readonly string[] },
  ): Promise<void>;
}

const ownerOf = (collectionId: string) => `${collectionSecretOwnerPrefix}${collectionId}`;

// Variable and environment names have no "/", so the id splits back into its parts unambiguously.
const secretIdOf = (scope: SecretScope, name: string) =>
  scope.environment === undefined ? `collection/${name}` : `environment/${scope.environment}/${name}`;

/**
 * Secret variable values in the same encrypted store as the API keys (secrets.json), one owner per
 * collection id (`collection:<id>`), so every clone of a collection's folder on this machine finds
 * them and nothing of them is ever written into the folder a team shares through git.
 * Ids: `collection/<name>` for the collection's own, `environment/<environment>/<name>`.
 */
export function createCollectionSecrets(
  store: Promise<SecretStore>,
  now: () => number = Date.now,
): CollectionSecrets {
  return {
    async values(collectionId) {
      const values: CollectionSecretValues = { collection: {}, environments: {} };
      const stored = (await (await store).load()).get(ownerOf(collectionId)) ?? [];
      for (const secret of stored) {
        if (!('plain' in secret)) continue;
        const parts = secret.id.split('/');
        if (parts[0] === 'collection' && parts.length === 2) {
          values.collection[parts[1] as string] = secret.plain;
        } else if (parts[0] === 'environment' && parts.length === 3) {
          const environment = parts[1] as string;
          values.environments[environment] = {
            ...values.environments[environment],
            [parts[2] as string]: secret.plain,
          };
        }
      }
      return values;
    },

    async change(collectionId, scope, { set, removed }) {
      const opened = await store;
      const owner = ownerOf(collectionId);
      const replaced = [...Object.keys(set), ...removed].map((name) => secretIdOf(scope, name));
      if (replaced.length > 0) await opened.remove(owner, replaced);
      for (const [name, plain] of Object.entries(set)) {
        await opened.add(owner, { id: secretIdOf(scope, name), plain, addedAt: now() });
      }
    },
  };
}
