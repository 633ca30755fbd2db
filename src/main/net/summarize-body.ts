const summaryLength = 200;

/**
 * A short, readable stand-in for a body that is not the vendor's JSON: proxies, relays and captive
 * portals answer with HTML pages whose markup would drown the one useful line.
 */
export function summarizeBody(body: string): string {
  let text = body;
  if (/<(!doctype|html|head|body|title|h1|div|p|center)\b/i.test(text)) {
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > summaryLength ? `${text.slice(0, summaryLength)}…` : text;
}
