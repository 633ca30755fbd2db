import type { AppError } from '../../shared/result.ts';

/**
 * A failure of key storage itself (a key file others can read, a keychain that is locked), as
 * opposed to one value that does not decrypt. It carries the error the window shows, which never
 * contains a secret.
 */
export class SecretStorageError extends Error {
  readonly problem: AppError;

  constructor(problem: AppError) {
    super(problem.message);
    this.name = 'SecretStorageError';
    this.problem = problem;
  }
}
