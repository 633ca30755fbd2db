/**
 * The sites a link in the window may open in the user's browser: the vendors' consoles (where keys
 * are made) and documentation. Exact host names, no wildcards: a subdomain of a vendor's site can
 * be anyone's (user pages, redirectors), and an open redirector is all a phishing link needs.
 */
export const externalLinkHosts: ReadonlySet<string> = new Set([
  'platform.openai.com',
  'help.openai.com',
  'status.openai.com',
  'console.anthropic.com',
  'docs.anthropic.com',
  'docs.claude.com',
  'status.anthropic.com',
  'openrouter.ai',
  'platform.deepseek.com',
  'api-docs.deepseek.com',
  'platform.moonshot.ai',
  'platform.moonshot.cn',
  'bailian.console.aliyun.com',
  'help.aliyun.com',
  'aistudio.google.com',
  'ai.google.dev',
  'ollama.com',
]);

/**
 * The URL to hand to the system browser, or undefined when the link must be dropped. Only
 * http(s), only listed hosts on their default port, never with credentials (`user@` is how a
 * link dresses up as a host it is not). The returned string is the parsed one, so the browser
 * opens exactly what was checked rather than re-reading the original spelling its own way.
 */
export function externalLinkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return undefined;
  if (!externalLinkHosts.has(parsed.hostname)) return undefined;
  return parsed.href;
}

export type WindowOpenDecision = { action: 'deny'; openExternally?: string };

/**
 * window.open and target=_blank never create a window: the app has one, and a second one would
 * be a page with none of its guards. A link to a listed site opens in the user's browser instead.
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const target = externalLinkTarget(url);
  return target === undefined ? { action: 'deny' } : { action: 'deny', openExternally: target };
}
