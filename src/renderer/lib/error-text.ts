import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/result.ts';
import { i18n } from './i18n.ts';
import { translateDynamic } from './translate-dynamic.ts';

export interface ErrorText {
  title: string;
  hint?: string;
}

/**
 * Re-renders an error in the window's language from its code, hint key and params. The error's
 * own English sentences are the fallback when the catalog lacks the key or the params lack a
 * value the sentence needs, so the user never sees a half-filled template.
 */
export function errorText(error: AppError, t: TFunction, overrides?: AppError['params']): ErrorText {
  const params = { ...error.params, ...overrides };
  const title = render(`errors.${error.code}`, params, t) ?? error.message;
  const hint = (error.hintKey ? render(`hints.${error.hintKey}`, params, t) : undefined) ?? error.hint;
  return hint ? { title, hint } : { title };
}

function render(key: string, params: AppError['params'], t: TFunction): string | undefined {
  if (!i18n.exists(key)) return undefined;
  let missing = false;
  const text = translateDynamic(t, key, {
    ...params,
    // Names ending in "Suffix" are optional tails (": vendor message") and may be left out.
    missingInterpolationHandler: (_text: string, match: RegExpExecArray) => {
      if (!match[1]?.trim().endsWith('Suffix')) missing = true;
      return '';
    },
  });
  return missing ? undefined : text;
}

/** The error as one sentence or two, what happened then what to do, for a line under a field. */
export function errorSentence(error: AppError, t: TFunction): string {
  const text = errorText(error, t);
  return text.hint ? `${text.title} ${text.hint}` : text.title;
}
