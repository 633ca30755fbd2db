import type { MethodInput } from '../../../shared/contract.ts';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { issuePath } from '../../lib/issue-path.ts';
import { type ProxyDraft, proxyDraftOf, proxyToSave, sameProxy } from '../network/proxy-draft.ts';

/** A profile's own proxy and TLS settings as typed, before Save. */
export interface ConnectionDraft {
  proxy: ProxyDraft;
  caFile: string;
  skipVerification: boolean;
}

export function connectionDraftOf(profile: ProfileSummary): ConnectionDraft {
  return {
    proxy: proxyDraftOf(profile.proxy),
    caFile: profile.tls.caFile ?? '',
    skipVerification: profile.tls.skipVerification,
  };
}

export function connectionChanged(draft: ConnectionDraft, profile: ProfileSummary): boolean {
  return (
    !sameProxy(draft.proxy, profile.proxy) ||
    draft.caFile.trim() !== (profile.tls.caFile ?? '').trim() ||
    draft.skipVerification !== profile.tls.skipVerification
  );
}

export function connectionUpdate(
  draft: ConnectionDraft,
  profile: ProfileSummary,
): MethodInput<'profiles.update'> {
  const caFile = draft.caFile.trim();
  return {
    profileId: profile.id,
    proxy: proxyToSave(draft.proxy),
    tls: { skipVerification: draft.skipVerification, ...(caFile ? { caFile } : {}) },
  };
}

export type ConnectionFieldId = 'proxy.url' | 'tls.caFile' | 'form';

/** Where the host's refusal of a save belongs: under the proxy URL, the CA file, or the buttons. */
export function connectionIssueField(error: AppError): ConnectionFieldId {
  const path = issuePath(error)?.path;
  return path === 'proxy.url' || path === 'tls.caFile' ? path : 'form';
}
