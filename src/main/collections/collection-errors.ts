import { existsSync } from 'node:fs';
import { collectionFileName } from '../../shared/collection-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { describeError } from '../api/describe-error.ts';
import { makeError } from '../errors/make-error.ts';
import { SecretStorageError } from '../secrets/secret-storage-error.ts';
import { DamagedCollectionFile } from './collection-folder.ts';

// Every error a collection method can return, each with the hint that says what to do about it.
// What the user asked for that cannot be done is invalid-payload; files that cannot be read or
// written are internal, with the file and the system's reason in the detail.

export const folderNotFullPath = (folder: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-folder-full-path',
    params: { detail: `"${folder}" is not a full path to a folder`, folder },
  });

export const notAFolder = (folder: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-choose-folder',
    params: { detail: `${folder} is a file, not a folder`, folder },
  });

export const collectionNotOpen = (collectionId: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-not-open',
    params: { detail: `no open collection has the id ${collectionId}`, collectionId },
  });

export const openElsewhere = (folder: string, openFolder: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-open-elsewhere',
    params: {
      detail: `${folder} holds the same collection (the same id in ${collectionFileName}) as ${openFolder}, which is open already`,
      folder,
      openFolder,
    },
  });

export const requestExists = (path: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-request-exists',
    params: { detail: `the collection already has a saved request "${path}"`, path },
  });

export const requestGone = (path: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-request-gone',
    params: { detail: `the collection has no saved request "${path}"`, path },
  });

export const unknownEnvironment = (environment: string, known: readonly string[]): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-environment-unknown',
    params: {
      detail: `the collection has no environment "${environment}"`,
      environment,
      environments: known.length > 0 ? known.join(', ') : 'none yet',
    },
  });

export const variableBothKinds = (names: readonly string[]): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-variable-both',
    params: {
      detail: `${names.map((name) => `"${name}"`).join(', ')} cannot be both a plain and a secret variable in one place`,
      names: names.join(', '),
    },
  });

export const headerValueBroken = (header: string): AppError =>
  makeError('invalid-payload', {
    hintKey: 'collection-header-value',
    params: {
      detail: `the value of the profile's header "${header}" has a line break once its variables are filled in`,
      header,
    },
  });

export const registryFailed = (path: string, error: unknown): AppError =>
  makeError('internal', {
    hintKey: 'collections-file',
    params: { detail: `the list of open collections could not be saved: ${describeError(error)}`, path },
  });

/** Why a collection's folder cannot be read, and what to do about it, as two sentences. */
export function folderProblem(folder: string, error: unknown): { reason: string; todo: string } {
  if (error instanceof DamagedCollectionFile) {
    return {
      reason: `${error.file} is damaged: ${error.reason}`,
      todo: 'Fix it by hand or restore it from version control (git); Promptwire has not changed it.',
    };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && !existsSync(folder)) {
    return {
      reason: `the folder ${folder} is not there any more (moved, renamed or deleted)`,
      todo: 'If it was moved, open it from its new place.',
    };
  }
  if (code === 'ENOENT') {
    return {
      reason: `the folder ${folder} has no ${collectionFileName} any more`,
      todo: 'Restore that file (from git, for instance), or open the folder again to start a new collection in it.',
    };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { reason: `Promptwire may not read the folder ${folder}`, todo: 'Check its permissions.' };
  }
  return {
    reason: `the folder ${folder} could not be read (${describeError(error)})`,
    todo: 'Check that it is still there and that you may read it.',
  };
}

/** The folder's entry in `collections.list`'s problems: what happened, then what to do. */
export function describeFolderProblem(folder: string, error: unknown): string {
  const { reason, todo } = folderProblem(folder, error);
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}. ${todo}`;
}

/** A thrown file or key-store failure, as the error a call returns. */
export function collectionFailure(error: unknown, folder: string, action: string): AppError {
  if (error instanceof SecretStorageError) return error.problem;
  if (error instanceof DamagedCollectionFile) {
    return makeError('internal', {
      hintKey: 'collection-file-damaged',
      params: { detail: `${action}: ${error.file} is damaged: ${error.reason}`, file: error.file },
    });
  }
  return makeError('internal', {
    hintKey: 'collection-files',
    params: { detail: `${action}: ${describeError(error)}`, folder },
  });
}

/** A collection that is open but whose folder cannot be read now. */
export const folderUnreadable = (folder: string, error: unknown): AppError =>
  error instanceof DamagedCollectionFile
    ? collectionFailure(error, folder, 'the collection could not be read')
    : makeError('internal', {
        hintKey: 'collection-folder-unreadable',
        params: { detail: folderProblem(folder, error).reason, folder },
      });
