import type { ProfileProxy, ProxySettings } from '../../../shared/network-schemas.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { makeError } from '../../errors/make-error.ts';
import { type Environment, proxyFromEnvironment } from './environment-proxy.ts';
import { isExcludedByNoProxy } from './no-proxy.ts';
import { parsePacString } from './pac-string.ts';
import { maskProxyUrl, parseProxyUrl } from './proxy-url.ts';
import { unusableProxyUrl } from './proxy-url-problem.ts';
import type { ResolvedRoute, SystemProxyResolver } from './route.ts';

export interface RouteInput {
  /** The URL the request goes to (its scheme picks HTTPS_PROXY or HTTP_PROXY). */
  targetUrl: string;
  /** Already resolved from the profile's 'default' to the global setting; see effectiveProxy. */
  proxy: ProxySettings;
  environment: Environment;
  /** Electron's session; absent in browser mode and on the CLI, where system means environment. */
  systemProxy?: SystemProxyResolver;
}

/** The profile's own proxy setting, or the global one when the profile follows it. */
export function effectiveProxy(profile: ProfileProxy, global: ProxySettings): ProxySettings {
  if (profile.mode === 'default') return global;
  return { ...profile, mode: profile.mode };
}

/** Decides how a request leaves the machine; errors are AppErrors, never thrown. */
export async function resolveRoute(input: RouteInput): Promise<Result<ResolvedRoute>> {
  if (input.proxy.mode !== 'system' || !input.systemProxy) return chooseRoute(input);
  let answer: string;
  try {
    answer = await input.systemProxy.resolve(input.targetUrl);
  } catch (error) {
    const host = hostOf(input.targetUrl);
    const detail = `the system proxy settings could not be read (${error instanceof Error ? error.message : String(error)})`;
    return fail(makeError('network-error', { hintKey: 'network-other', params: { host, detail } }));
  }
  return chooseRoute(input, answer);
}

/**
 * The pure part of resolveRoute: `systemAnswer` is the OS's PAC-style answer when mode is system
 * and there is an OS resolver; without one, system behaves as environment.
 */
export function chooseRoute(input: RouteInput, systemAnswer?: string): Result<ResolvedRoute> {
  let target: URL;
  try {
    target = new URL(input.targetUrl);
  } catch {
    return fail(makeError('invalid-base-url', { params: { baseUrl: input.targetUrl } }));
  }
  const { proxy } = input;
  switch (proxy.mode) {
    case 'none':
      return ok({ route: { kind: 'direct' }, via: 'direct', mode: 'none' });
    case 'manual': {
      if (!proxy.url) {
        const detail = 'the proxy mode is manual but no proxy URL is set';
        return fail(
          makeError('network-error', { hintKey: 'fix-proxy-url', params: { host: target.host, detail } }),
        );
      }
      if (isExcludedByNoProxy(target, proxy.noProxy))
        return ok({ route: { kind: 'direct' }, via: 'direct', mode: 'manual' });
      return fromProxyUrl(target, proxy.url, 'manual', 'the proxy setting');
    }
    case 'system':
      if (systemAnswer !== undefined) return fromSystemAnswer(target, systemAnswer);
      return fromEnvironment(target, input.environment);
    case 'environment':
      return fromEnvironment(target, input.environment);
  }
}

function fromEnvironment(target: URL, environment: Environment): Result<ResolvedRoute> {
  const found = proxyFromEnvironment(target, environment);
  if (!found) return ok({ route: { kind: 'direct' }, via: 'direct', mode: 'environment' });
  return fromProxyUrl(target, found.url, 'environment', found.variable);
}

function fromSystemAnswer(target: URL, answer: string): Result<ResolvedRoute> {
  const choice = parsePacString(answer);
  if (choice.kind === 'direct') return ok({ route: { kind: 'direct' }, via: 'direct', mode: 'system' });
  if (choice.kind === 'proxy') return fromProxyUrl(target, choice.url, 'system', 'the system proxy settings');
  const [type = '', address = ''] = choice.entry.split(/\s+/, 2);
  const problem = /^SOCKS4/i.test(type)
    ? ({ kind: 'socks4', scheme: type.toLowerCase() } as const)
    : ({ kind: 'unsupported-scheme', scheme: type.toLowerCase() } as const);
  return fail(
    unusableProxyUrl(target.host, `${type.toLowerCase()}://${address}`, problem, 'the system proxy settings'),
  );
}

function fromProxyUrl(
  target: URL,
  text: string,
  mode: ResolvedRoute['mode'],
  source: string,
): Result<ResolvedRoute> {
  const parsed = parseProxyUrl(text);
  if (!parsed.ok) return fail(unusableProxyUrl(target.host, text, parsed.problem, source));
  return ok({ route: parsed.route, via: maskProxyUrl(parsed.route.url), mode });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
