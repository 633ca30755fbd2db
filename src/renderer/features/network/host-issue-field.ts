import type { AppError } from '../../../shared/result.ts';
import { issuePath } from '../../lib/issue-path.ts';
import type { NetworkFieldId } from './network-draft.ts';

const fieldIds: readonly NetworkFieldId[] = [
  'proxy.url',
  'timeouts.connectMs',
  'timeouts.responseHeadersMs',
  'timeouts.idleMs',
  'timeouts.totalMs',
  'retry.maxRetries',
  'retry.initialDelayMs',
  'retry.maxDelayMs',
];

/**
 * The field a rejection from the host belongs to, so the reason appears under what has to change:
 * the host names it as `path: reason` in the detail.
 */
export function hostIssueField(error: AppError): NetworkFieldId | undefined {
  const path = issuePath(error)?.path;
  return fieldIds.find((field) => field === path);
}
