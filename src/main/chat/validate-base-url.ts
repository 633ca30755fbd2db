import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';

/** The base URL must be an absolute http(s) URL; anything else gets an example to copy. */
export function validateBaseUrl(baseUrl: string, example: string): AppError | undefined {
  const trimmed = baseUrl.trim();
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return undefined;
  return makeError('invalid-base-url', { hintKey: 'fix-base-url', params: { baseUrl, example } });
}
