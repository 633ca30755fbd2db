import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/result.ts';
import { errorText } from './error-text.ts';
import { issuePath } from './issue-path.ts';

/**
 * An error shown under the field it is about: "The request was not valid" and the field's path
 * would only repeat what the position already says, so the sentence is the reason and the fix.
 */
export function fieldErrorText(error: AppError, t: TFunction): string {
  const { title, hint } = errorText(error, t);
  const reason = issuePath(error)?.reason;
  return [reason ? sentence(reason) : title, hint].filter(Boolean).join(' ');
}

function sentence(text: string): string {
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
