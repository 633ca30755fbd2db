/**
 * What the OS proxy settings say for one URL, read from Chromium's PAC-style answer
 * (`session.resolveProxy`): entries separated by `;`, tried in order.
 */
export type PacChoice =
  | { kind: 'direct' }
  | { kind: 'proxy'; url: string }
  /** Only entries Promptwire cannot use (SOCKS4): say so rather than silently go direct. */
  | { kind: 'unsupported'; entry: string };

const schemeByType: Record<string, string> = {
  PROXY: 'http',
  HTTP: 'http',
  HTTPS: 'https',
  // Chromium writes plain SOCKS for a system SOCKS proxy whose version the OS does not state
  // (Windows' `socks=`). undici has no SOCKS4, and the local SOCKS servers people run (Clash,
  // v2ray, shadowsocks, ssh -D) all speak SOCKS5 too, so SOCKS5 it is.
  SOCKS: 'socks5',
  SOCKS5: 'socks5',
};

/** The first usable entry; an empty answer means direct. */
export function parsePacString(answer: string): PacChoice {
  let unsupported: string | undefined;
  for (const raw of answer.split(';')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [type = '', address] = entry.split(/\s+/, 2);
    const upper = type.toUpperCase();
    if (upper === 'DIRECT') return { kind: 'direct' };
    const scheme = schemeByType[upper];
    if (scheme && address) return { kind: 'proxy', url: `${scheme}://${address}` };
    // SOCKS4 and QUIC (and anything newer) cannot be used; a later entry may be.
    unsupported ??= entry;
  }
  return unsupported === undefined ? { kind: 'direct' } : { kind: 'unsupported', entry: unsupported };
}
