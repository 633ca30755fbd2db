import { isTrustedUrl } from './app-origin.ts';
import { externalLinkTarget } from './external-links.ts';

/**
 * Schemes a navigation is refused for before anything else is looked at: local files, inline
 * documents and script URLs would each run or show content the app did not ship.
 */
const localSchemes = new Set([
  'file:',
  'data:',
  'javascript:',
  'blob:',
  'filesystem:',
  'about:',
  'view-source:',
  'chrome:',
  'devtools:',
]);

export type NavigationRefusal = 'unparseable' | 'local-scheme' | 'other-origin';

export type NavigationDecision =
  | { action: 'allow' }
  | { action: 'deny'; reason: NavigationRefusal; openExternally?: string };

/**
 * Whether a frame of the window may go to `url` (will-navigate, will-frame-navigate,
 * will-redirect): only within the app. A link to a vendor's site the user clicked opens in their
 * browser instead; the caller ignores that suggestion for redirects, which no user asked for.
 */
export function decideNavigation(url: string, appOrigins: readonly string[]): NavigationDecision {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return { action: 'deny', reason: 'unparseable' };
  }
  if (localSchemes.has(protocol)) return { action: 'deny', reason: 'local-scheme' };
  if (isTrustedUrl(url, appOrigins)) return { action: 'allow' };
  const target = externalLinkTarget(url);
  return target === undefined
    ? { action: 'deny', reason: 'other-origin' }
    : { action: 'deny', reason: 'other-origin', openExternally: target };
}
