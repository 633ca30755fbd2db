import { BlockList, isIP } from 'node:net';

/**
 * Whether a NO_PROXY-style list sends this URL direct. curl's rules: entries separated by commas
 * (spaces too); `*` alone matches everything; `example.com` and `.example.com` both match the
 * domain and every subdomain; `host:port` matches that port only; IP literals match exactly and
 * `10.0.0.0/8` style ranges match their addresses; all case-insensitive.
 *
 * Loopback targets are deliberately NOT bypassed unless listed, which is what curl does: someone
 * who sends 127.0.0.1 through a proxy may mean it (a relay on the proxy host), and the built-in
 * mock profiles default to no proxy instead.
 */
export function isExcludedByNoProxy(target: URL, list: string | undefined): boolean {
  if (list === undefined) return false;
  const host = normalizeHost(target.hostname);
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  return list
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .some((entry) => entryMatches(entry.toLowerCase(), host, port));
}

function entryMatches(entry: string, host: string, port: number): boolean {
  if (entry === '*') return true;
  const { name, entryPort } = splitPort(entry);
  if (entryPort !== undefined && entryPort !== port) return false;

  const hostFamily = isIP(host);
  const range = /^(.+)\/(\d{1,3})$/.exec(name);
  if (range?.[1] && range[2])
    return hostFamily !== 0 && inRange(host, hostFamily, range[1], Number(range[2]));
  const entryFamily = isIP(name);
  if (entryFamily !== 0)
    return hostFamily !== 0 && inRange(host, hostFamily, name, entryFamily === 4 ? 32 : 128);

  const domain = normalizeHost(name.replace(/^\*?\./, ''));
  return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
}

/** `host:port`, `[::1]:443` and `[::1]` carry a port or brackets; a bare IPv6 address does not. */
function splitPort(entry: string): { name: string; entryPort?: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed?.[1]) {
    return bracketed[2] ? { name: bracketed[1], entryPort: Number(bracketed[2]) } : { name: bracketed[1] };
  }
  const withPort = /^([^:]+):(\d+)$/.exec(entry);
  if (withPort?.[1] && withPort[2]) return { name: withPort[1], entryPort: Number(withPort[2]) };
  return { name: entry };
}

function inRange(host: string, hostFamily: number, network: string, prefix: number): boolean {
  const networkFamily = isIP(network);
  if (networkFamily === 0 || networkFamily !== hostFamily) return false;
  const type = networkFamily === 4 ? 'ipv4' : 'ipv6';
  if (prefix > (networkFamily === 4 ? 32 : 128)) return false;
  const ranges = new BlockList();
  ranges.addSubnet(network, prefix, type);
  return ranges.check(host, type);
}

function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}
