import type { TFunction } from 'i18next';
import type { ProxySettings } from '../../../shared/network-schemas.ts';

/** "System proxy", "Proxy socks5h://127.0.0.1:1080", "Direct": the global setting in a few words. */
export function proxySummary(proxy: ProxySettings, t: TFunction): string {
  if (proxy.mode !== 'manual') return t(`ui.network.summary.${proxy.mode}`);
  return proxy.url
    ? t('ui.network.summary.manual', { url: withoutCredentials(proxy.url) })
    : t('ui.network.summary.manualWithoutUrl');
}

// A summary shows in the header and beside every profile: a proxy password has no place there.
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//');
}
