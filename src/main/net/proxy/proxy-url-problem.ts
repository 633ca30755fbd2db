import type { AppError } from '../../../shared/result.ts';
import { makeError } from '../../errors/make-error.ts';
import { acceptedProxySchemes, maskProxyUrl, type ProxyUrlProblem } from './proxy-url.ts';

/** Words for a proxy URL that cannot be used, and the hint that says what to write instead. */
export function describeProxyUrlProblem(
  text: string,
  problem: ProxyUrlProblem,
): { detail: string; hintKey: string; proxy: string } {
  const proxy = maskProxyUrl(text.trim());
  if (problem.kind === 'socks4') {
    return {
      proxy,
      hintKey: 'use-socks5',
      detail: `the proxy ${proxy} uses ${problem.scheme.toUpperCase()}, which Promptwire does not support`,
    };
  }
  if (problem.kind === 'unsupported-scheme') {
    return {
      proxy,
      hintKey: 'fix-proxy-url',
      detail: `the proxy ${proxy} starts with ${problem.scheme}://; use ${acceptedProxySchemes}`,
    };
  }
  return { proxy, hintKey: 'fix-proxy-url', detail: `the proxy "${proxy}" is not a valid URL` };
}

/** Refusing to save a proxy URL (profiles.update, settings.update). */
export function invalidProxyUrlPayload(text: string, problem: ProxyUrlProblem): AppError {
  const { detail, hintKey, proxy } = describeProxyUrlProblem(text, problem);
  return makeError('invalid-payload', { hintKey, params: { detail: `proxy.url: ${detail}`, proxy } });
}

/** A proxy URL met while sending (a variable, the OS settings, a hand-edited file). */
export function unusableProxyUrl(
  host: string,
  text: string,
  problem: ProxyUrlProblem,
  source: string,
): AppError {
  const { detail, hintKey, proxy } = describeProxyUrlProblem(text, problem);
  return makeError('network-error', {
    hintKey,
    params: { host, proxy, detail: `${detail} (from ${source})` },
  });
}
