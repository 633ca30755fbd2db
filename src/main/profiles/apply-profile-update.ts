import type { ParsedMethodInput } from '../../shared/contract.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import {
  checkTlsSettings,
  defaultProfileProxy,
  defaultTlsSettings,
  mergeProfileProxy,
  sameSettings,
} from '../settings/profile-network.ts';
import { checkBaseUrl } from './base-url.ts';
import type { Profile } from './profile.ts';
import { mergeProfileHeaders } from './profile-headers.ts';
import type { StoredProfile } from './stored-profile.ts';

/**
 * The record with the change applied, or the first reason it cannot be saved; all or nothing, so
 * a refused header does not leave a half-saved profile behind.
 */
export function applyProfileUpdate(
  record: StoredProfile,
  input: ParsedMethodInput<'profiles.update'>,
  current: { profile: Profile; defaultBaseUrl: string | undefined },
): Result<StoredProfile> {
  const next = structuredClone(record);
  const { profile, defaultBaseUrl } = current;
  if (input.name !== undefined) next.name = input.name;
  if (input.baseUrl !== undefined) {
    const checked = checkBaseUrl(input.baseUrl, profile.baseUrlExample);
    if (!checked.ok) return fail(checked.error);
    // Saving the default again removes the edit, so a later change of the default applies.
    if (checked.baseUrl === defaultBaseUrl) delete next.baseUrl;
    else next.baseUrl = checked.baseUrl;
  }
  if (input.defaultModel !== undefined) next.defaultModel = input.defaultModel;
  if (input.headers !== undefined) {
    const merged = mergeProfileHeaders(record.headers, input.headers);
    if (!merged.ok) return fail(merged.error);
    next.headers = merged.headers;
  }
  if (input.prices !== undefined) next.prices = { ...input.prices };
  if (input.proxy !== undefined) {
    const proxyDefault = defaultProfileProxy(profile);
    const merged = mergeProfileProxy(record.proxy ?? proxyDefault, input.proxy);
    if (!merged.ok) return fail(merged.error);
    if (sameSettings(merged.proxy, proxyDefault)) delete next.proxy;
    else next.proxy = merged.proxy;
  }
  if (input.tls !== undefined) {
    const checked = checkTlsSettings(input.tls);
    if (!checked.ok) return fail(checked.error);
    if (sameSettings(checked.tls, defaultTlsSettings)) delete next.tls;
    else next.tls = checked.tls;
  }
  return ok(next);
}
