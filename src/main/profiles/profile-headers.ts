import { isCredentialHeader, maskHeaderValue, maskKey } from '../../shared/mask-key.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { looksLikeApiKey } from './base-url.ts';

// RFC 9110 token: the characters a header name may have.
const headerNamePattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Field values may hold visible characters, spaces and tabs; a line break would start a new header.
const headerValuePattern = /^[\t\x20-\x7e\x80-\uffff]*$/;
// Set by the HTTP client from the request itself; a profile's copy would contradict it.
const reservedHeaderNames = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'upgrade']);

export function isValidHeaderName(name: string): boolean {
  return headerNamePattern.test(name) && !reservedHeaderNames.has(name.toLowerCase());
}

export function isValidHeaderValue(value: string): boolean {
  return headerValuePattern.test(value);
}

/** A value the window must not see in full: a credential header's, or anything shaped like a key. */
export function maskProfileHeaderValue(name: string, value: string): string {
  if (isCredentialHeader(name)) return maskHeaderValue(name, value);
  return looksLikeApiKey(value) ? maskKey(value) : value;
}

export function maskProfileHeaders(headers: Record<string, string>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) masked[name] = maskProfileHeaderValue(name, value);
  return masked;
}

/**
 * The headers the user saved, checked. A value sent back exactly as the summary masked it means
 * "unchanged": the window never had the real one, so the stored value stays.
 */
export function mergeProfileHeaders(
  stored: Record<string, string>,
  incoming: Record<string, string>,
): { ok: true; headers: Record<string, string> } | { ok: false; error: AppError } {
  const storedByName = new Map(Object.entries(stored).map(([name, value]) => [name.toLowerCase(), value]));
  const seen = new Set<string>();
  const headers: Record<string, string> = {};
  for (const [rawName, rawValue] of Object.entries(incoming)) {
    const name = rawName.trim();
    const lowerName = name.toLowerCase();
    if (!isValidHeaderName(name)) {
      const why = reservedHeaderNames.has(lowerName)
        ? 'is set by Promptwire itself'
        : "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only, no spaces or colons)";
      return { ok: false, error: headerError(`headers: "${name}" ${why}`) };
    }
    if (seen.has(lowerName)) {
      return {
        ok: false,
        error: headerError(`headers: "${name}" is listed twice (header names ignore case)`),
      };
    }
    seen.add(lowerName);
    const storedValue = storedByName.get(lowerName);
    const value =
      storedValue !== undefined && rawValue === maskProfileHeaderValue(name, storedValue)
        ? storedValue
        : rawValue.trim();
    if (!isValidHeaderValue(value)) {
      return {
        ok: false,
        error: headerError(`headers: the value of "${name}" has a line break or control character`),
      };
    }
    headers[name] = value;
  }
  return { ok: true, headers };
}

function headerError(detail: string): AppError {
  return makeError('invalid-payload', { hintKey: 'fix-header', params: { detail } });
}
