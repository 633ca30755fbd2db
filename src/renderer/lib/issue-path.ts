import type { AppError } from '../../shared/result.ts';

// The host names the field it refuses at the start of the detail: "proxy.url: the proxy … ".
const pathPattern = /^([A-Za-z][\w.-]*): (.+)$/s;

/** The field a refused payload names ("proxy.url", "tls.caFile") and the reason given for it. */
export function issuePath(error: AppError): { path: string; reason: string } | undefined {
  if (error.code !== 'invalid-payload') return undefined;
  const match = pathPattern.exec(String(error.params?.detail ?? ''));
  return match?.[1] && match[2] ? { path: match[1], reason: match[2] } : undefined;
}
