import type { ProfileProxy } from '../../shared/network-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { parseProxyUrl } from '../net/proxy/proxy-url.ts';
import { invalidProxyUrlPayload } from '../net/proxy/proxy-url-problem.ts';

/**
 * Refuses, when saved, a proxy setting that could only fail when used: manual without a URL, or a
 * URL Promptwire cannot use (SOCKS4, an unknown scheme). A URL kept while another mode is chosen
 * is checked too, so switching back to manual later cannot surprise.
 */
export function checkProxySettings(proxy: ProfileProxy): AppError | undefined {
  if (proxy.url) {
    const parsed = parseProxyUrl(proxy.url);
    if (!parsed.ok) return invalidProxyUrlPayload(proxy.url, parsed.problem);
  }
  if (proxy.mode === 'manual' && !proxy.url) {
    return makeError('invalid-payload', {
      hintKey: 'fix-proxy-url',
      params: { detail: 'proxy.url: manual mode needs a proxy URL' },
    });
  }
  return undefined;
}
