import type { TFunction } from 'i18next';

// The host reports a route as 'direct' or a masked proxy URL, followed by a marker such as
// " (TLS verification OFF)" when it applies; only the word "direct" is the window's to translate.
const directWord = 'direct';

/** "direct", "via socks5h://user:****@127.0.0.1:1080": the path in running text. */
export function viaText(via: string, t: TFunction): string {
  if (via.startsWith(directWord)) return t('ui.metrics.viaDirect') + via.slice(directWord.length);
  return t('ui.metrics.viaProxy', { proxy: via });
}

/** "Direct", "Via socks5h://…": the path as a value of its own. */
export function viaTitle(via: string, t: TFunction): string {
  if (via.startsWith(directWord)) return t('ui.connectionTest.direct') + via.slice(directWord.length);
  return t('ui.connectionTest.via', { proxy: via });
}
