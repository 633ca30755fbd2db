import { isExcludedByNoProxy } from './no-proxy.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface EnvironmentProxy {
  /** The variable's value, as written. */
  url: string;
  /** Which variable it came from, for messages ("from HTTPS_PROXY"). */
  variable: string;
}

/**
 * The proxy the environment asks for, or undefined for direct: HTTPS_PROXY for https targets,
 * HTTP_PROXY for http ones, ALL_PROXY for either, and NO_PROXY to go direct. When the lower-case
 * and the upper-case spelling are both set the lower-case one wins, as in curl. An empty variable
 * counts as unset (`HTTPS_PROXY= promptwire send …` switches the proxy off).
 */
export function proxyFromEnvironment(target: URL, environment: Environment): EnvironmentProxy | undefined {
  if (isExcludedByNoProxy(target, read(environment, 'no_proxy')?.value)) return undefined;
  const scheme = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
  const found = read(environment, scheme) ?? read(environment, 'all_proxy');
  return found && { url: found.value, variable: found.variable };
}

function read(environment: Environment, lowerCase: string): { value: string; variable: string } | undefined {
  for (const variable of [lowerCase, lowerCase.toUpperCase()]) {
    const value = environment[variable]?.trim();
    if (value) return { value, variable };
  }
  return undefined;
}
