import type { ProfileProxy, TlsSettings } from '../../shared/network-schemas.ts';
import type { ProfileSummary } from '../../shared/profile-schemas.ts';
import type { Result } from '../../shared/result.ts';
import { createNetworkRoutes, type NetworkRoutes, type PreparedRoute } from '../net/proxy/network-routes.ts';
import { parseProxyUrl } from '../net/proxy/proxy-url.ts';
import { describeProxyUrlProblem } from '../net/proxy/proxy-url-problem.ts';
import { readCaFile } from '../net/tls/read-ca-file.ts';
import { openAppSettings } from '../settings/app-settings.ts';
import { UsageError } from './command-arguments.ts';

/** The flags `send` takes for the way out. */
export const networkFlagSpec = {
  proxy: { type: 'string' },
  // Declared so parseArgs accepts it; with allowNegative it arrives as `proxy: false`.
  'no-proxy': { type: 'boolean' },
  'ca-file': { type: 'string' },
  insecure: { type: 'boolean', default: false },
} as const;

export const networkFlagHelp = `  --proxy URL          send through this proxy for this request only: http://, https://,
                       socks5:// or socks5h://, with user:password@ if it needs them
  --no-proxy           connect directly for this request, whatever the settings say
  --ca-file PATH       trust this PEM CA file too (a corporate proxy that inspects HTTPS)
  --insecure           skip TLS certificate verification for this request (prints a warning)
`;

export const networkEnvironmentHelp = `Without --proxy or --no-proxy the profile's and the app's proxy settings apply; the default
("system") reads HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY here, as curl does.`;

export interface NetworkFlags {
  /** Unset: the saved settings; false: --no-proxy. */
  proxy?: string | false;
  'no-proxy'?: boolean;
  'ca-file'?: string;
  insecure: boolean;
}

export interface CliRoute {
  routes: NetworkRoutes;
  prepared: Result<PreparedRoute>;
}

/** The route a `send` takes: the profile's saved settings, with this command line's flags on top. */
export async function prepareCliRoute(
  flags: NetworkFlags,
  dataDirectory: string,
  profile: ProfileSummary,
  url: string,
): Promise<CliRoute> {
  const proxy = proxyOverride(flags['no-proxy'] ? false : flags.proxy) ?? profile.proxy;
  const tls = tlsOverride(flags, profile.tls);
  if (tls.skipVerification) {
    process.stderr.write(
      'Warning: TLS certificate verification is OFF (--insecure): anyone on the network path can read and change this request, API key included.\n',
    );
  }
  const settings = openAppSettings(dataDirectory);
  // No OS resolver on the command line: the system mode reads the environment, like curl.
  const routes = createNetworkRoutes({ settings: settings.network, environment: process.env });
  return { routes, prepared: await routes.prepare({ url, proxy, tls }) };
}

function proxyOverride(flag: string | false | undefined): ProfileProxy | undefined {
  if (flag === undefined) return undefined;
  if (flag === false) return { mode: 'none' };
  const parsed = parseProxyUrl(flag);
  if (!parsed.ok) {
    const { detail } = describeProxyUrlProblem(flag, parsed.problem);
    throw new UsageError(`--proxy: ${detail}. Accepted: http://, https://, socks5:// and socks5h:// URLs.`);
  }
  return { mode: 'manual', url: flag };
}

/** The profile's TLS settings with --ca-file and --insecure applied. */
export function tlsOverride(flags: NetworkFlags, saved: TlsSettings): TlsSettings {
  const caFile = flags['ca-file'];
  if (caFile !== undefined) {
    const reading = readCaFile(caFile);
    if (!reading.ok) throw new UsageError(`--ca-file: ${caFile} cannot be used: ${reading.reason}.`);
  }
  const chosenCaFile = caFile ?? saved.caFile;
  return {
    skipVerification: flags.insecure || saved.skipVerification,
    ...(chosenCaFile !== undefined && { caFile: chosenCaFile }),
  };
}
