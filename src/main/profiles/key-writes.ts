import type { KeyStorageStatus } from '../../shared/profile-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { describeError } from '../api/describe-error.ts';
import { makeError } from '../errors/make-error.ts';
import { SecretStorageError } from '../secrets/secret-storage-error.ts';
import type { SecretStore } from '../secrets/secret-store.ts';

/**
 * The key store's path to disk: one queue, so changes reach secrets.json in the order they were
 * made, behind the initial load. Failures are kept for the next flush, as errors the window shows.
 */
export interface KeyWrites {
  /** False without a secret store: then every key is a session key. */
  persists: boolean;
  /** Runs `load` with the store once it opens; never rejects (a failure becomes a problem). */
  whenOpened(load: (store: SecretStore) => Promise<void>): Promise<void>;
  /** `onFailure` runs when the write fails, before flush reports it. */
  enqueue(write: (store: SecretStore) => Promise<void>, onFailure?: () => void): void;
  flush(): Promise<AppError | undefined>;
  storage(): KeyStorageStatus | undefined;
  problems(): AppError[];
}

export function createKeyWrites(secrets: SecretStore | Promise<SecretStore> | undefined): KeyWrites {
  let store: SecretStore | undefined;
  let openProblem: AppError | undefined;
  let queue: Promise<void> = Promise.resolve();
  const failures: AppError[] = [];

  const toProblem = (error: unknown, hintKey: string, detail: string): AppError =>
    error instanceof SecretStorageError
      ? error.problem
      : makeError('internal', { hintKey, params: { detail: `${detail} (${describeError(error)})` } });

  return {
    persists: secrets !== undefined,
    whenOpened(load) {
      if (secrets === undefined) return queue;
      queue = Promise.resolve(secrets).then(
        async (opened) => {
          store = opened;
          try {
            await load(opened);
          } catch (error) {
            openProblem = toProblem(error, 'report-bug', 'the saved keys could not be loaded');
          }
        },
        (error: unknown) => {
          openProblem = toProblem(error, 'keychain-failed', 'saved keys are not available');
        },
      );
      return queue;
    },
    enqueue(write, onFailure) {
      queue = queue.then(async () => {
        try {
          if (!store) throw new SecretStorageError(openProblem ?? makeError('internal'));
          await write(store);
        } catch (error) {
          onFailure?.();
          failures.push(toProblem(error, 'secrets-file-unwritable', 'the saved keys could not be changed'));
        }
      });
    },
    async flush() {
      await queue;
      return failures.splice(0)[0];
    },
    storage: () => store && { backend: store.backend, protected: store.protected },
    problems: () => [...(openProblem ? [openProblem] : []), ...(store?.problems() ?? [])],
  };
}
