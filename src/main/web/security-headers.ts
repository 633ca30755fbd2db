import { browserModeContentSecurityPolicy } from '../shell-policy/content-security-policy.ts';

/**
 * Headers for every response, in browser mode and on Electron's app scheme alike: no MIME
 * sniffing (a text file must never run as script), no referrer leaving the app, and nothing of
 * the app embeddable by another site.
 */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Headers for an HTML page of browser mode on `port`. The policy is the Electron window's own
 * (shell-policy/content-security-policy.ts) plus the page's WebSocket.
 */
export function htmlSecurityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': browserModeContentSecurityPolicy(port),
    'X-Frame-Options': 'DENY',
  };
}
