import type { ProfileProxy, ProxyMode, ProxySettings } from '../../../shared/network-schemas.ts';

export type ProxyDraftMode = ProfileProxy['mode'];

/** The proxy as typed: the URL and bypass list survive switching modes back and forth. */
export interface ProxyDraft<Mode extends ProxyDraftMode = ProxyDraftMode> {
  mode: Mode;
  url: string;
  noProxy: string;
}

export function proxyDraftOf<Mode extends ProxyDraftMode>(proxy: {
  mode: Mode;
  url?: string;
  noProxy?: string;
}): ProxyDraft<Mode> {
  return { mode: proxy.mode, url: proxy.url ?? '', noProxy: proxy.noProxy ?? '' };
}

/**
 * What to send: the host merges it over what it has and checks a URL kept for later as well, so
 * the URL and bypass list go as typed, and an emptied field clears them.
 */
export function proxyToSave<Mode extends ProxyDraftMode>(
  draft: ProxyDraft<Mode>,
): { mode: Mode; url: string; noProxy: string } {
  return { mode: draft.mode, url: draft.url.trim(), noProxy: draft.noProxy.trim() };
}

export function sameProxy(
  draft: ProxyDraft,
  saved: { mode: string; url?: string; noProxy?: string },
): boolean {
  return (
    draft.mode === saved.mode &&
    draft.url.trim() === (saved.url ?? '').trim() &&
    draft.noProxy.trim() === (saved.noProxy ?? '').trim()
  );
}

/** Manual mode without a URL cannot work; everything else about the URL is the host's to judge. */
export function missingProxyUrl(draft: ProxyDraft): boolean {
  return draft.mode === 'manual' && draft.url.trim() === '';
}

export type { ProxyMode, ProxySettings };
