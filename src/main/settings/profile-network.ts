import type { ProfileProxy, TlsSettings } from '../../shared/network-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { readCaFile } from '../net/tls/read-ca-file.ts';
import type { Profile } from '../profiles/profile.ts';
import { checkProxySettings } from './check-proxy-settings.ts';
import { definedFields, withoutEmptyFields } from './read-network-settings.ts';

export const defaultTlsSettings: TlsSettings = { skipVerification: false };

/**
 * A profile follows the global proxy setting, except the built-in mock: it runs inside this very
 * process, and a proxy on another machine would connect to its own 127.0.0.1 instead.
 */
export function defaultProfileProxy(profile: Profile): ProfileProxy {
  return profile.endpoint.kind === 'in-process-mock' ? { mode: 'none' } : { mode: 'default' };
}

/**
 * A profile's proxy change merged over what it had (a URL typed once survives switching modes),
 * or the error that says why it cannot be saved.
 */
export function mergeProfileProxy(
  current: ProfileProxy,
  change: ProfileProxy,
): { ok: true; proxy: ProfileProxy } | { ok: false; error: AppError } {
  const merged: ProfileProxy = withoutEmptyFields({ ...current, ...definedFields(change) });
  const problem = checkProxySettings(merged);
  return problem ? { ok: false, error: problem } : { ok: true, proxy: merged };
}

/** Refuses a CA file that cannot be used now, naming it, instead of failing every request later. */
export function checkTlsSettings(
  tls: TlsSettings,
): { ok: true; tls: TlsSettings } | { ok: false; error: AppError } {
  const cleaned: TlsSettings = { skipVerification: tls.skipVerification };
  const caFile = tls.caFile?.trim();
  if (!caFile) return { ok: true, tls: cleaned };
  const reading = readCaFile(caFile);
  if (!reading.ok) {
    const detail = `tls.caFile: ${caFile} cannot be used: ${reading.reason}`;
    return {
      ok: false,
      error: makeError('invalid-payload', { hintKey: 'fix-ca-file', params: { detail, caFile } }),
    };
  }
  return { ok: true, tls: { ...cleaned, caFile } };
}

export function sameSettings(left: object, right: object): boolean {
  return JSON.stringify(sortedEntries(left)) === JSON.stringify(sortedEntries(right));
}

function sortedEntries(value: object): [string, unknown][] {
  return Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([left], [right]) => left.localeCompare(right));
}
