import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import type { UnreadableReason } from '../secrets/secret-store.ts';

/**
 * One problem per kind of unreadable stored key, counted from the keys still listed: removing
 * them makes the problem go away. Keys saved by the desktop app's keychain are not "broken" when
 * seen from the command line, so they get their own explanation.
 */
export function unreadableKeyProblems(reasons: readonly UnreadableReason[]): AppError[] {
  const otherScheme = reasons.filter((reason) => reason === 'other-scheme').length;
  const broken = reasons.length - otherScheme;
  const problems: AppError[] = [];
  if (broken > 0) {
    const detail = `${broken} saved ${broken === 1 ? 'key' : 'keys'} could not be decrypted`;
    problems.push(
      makeError('internal', { hintKey: 'stored-keys-unreadable', params: { detail, count: broken } }),
    );
  }
  if (otherScheme > 0) {
    const detail = `${otherScheme} saved ${otherScheme === 1 ? 'key is' : 'keys are'} locked in the desktop app's keychain`;
    problems.push(
      makeError('internal', { hintKey: 'stored-keys-other-scheme', params: { detail, count: otherScheme } }),
    );
  }
  return problems;
}
