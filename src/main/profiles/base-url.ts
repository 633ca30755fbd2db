/**
 * Accepts an http(s) URL as a user pastes it for an SDK and returns it without trailing slashes,
 * since adapters append `/chat/completions` or `/v1/messages` to it.
 */
export function normalizeBaseUrl(text: string): string | undefined {
  const trimmed = text.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.search || parsed.hash) return undefined;
  return trimmed.replace(/\/+$/, '');
}
