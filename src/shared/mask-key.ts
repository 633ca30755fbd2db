// Keys are shown in the request inspector and may end up in screenshots and bug reports, so only
// enough of a key to recognise it survives: short keys would reveal too large a share, so they are
// hidden entirely.
const visiblePrefixLength = 3;
const visibleSuffixLength = 4;
const shortestMaskableLength = 13;

/** `sk-proj-abcdefghijklmnop` -> `sk-…mnop`; keys of 12 characters or fewer -> `••••`. */
export function maskKey(key: string): string {
  if (key.length < shortestMaskableLength) return '••••';
  return `${key.slice(0, visiblePrefixLength)}…${key.slice(-visibleSuffixLength)}`;
}

// Header names that carry a credential: the standard ones, vendor key headers (x-api-key,
// api-key, x-goog-api-key) and whatever relays invent around "token" and "secret".
const credentialHeaderPattern = /authorization|api[-_]?key|token|secret|password|cookie/i;

export function isCredentialHeader(name: string): boolean {
  return credentialHeaderPattern.test(name);
}

/** Masks a credential header value, keeping an auth scheme such as `Bearer` readable. */
export function maskHeaderValue(name: string, value: string): string {
  if (!isCredentialHeader(name)) return value;
  const schemeMatch = /^(bearer|basic|token)\s+(.+)$/i.exec(value);
  if (schemeMatch?.[1] && schemeMatch[2]) return `${schemeMatch[1]} ${maskKey(schemeMatch[2])}`;
  return maskKey(value);
}

/** A copy of the headers with every credential masked, for the request-sent event. */
export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) masked[name] = maskHeaderValue(name, value);
  return masked;
}

// Query parameters that carry a key (Gemini's native `?key=`, relays' `?token=`).
const credentialParameterPattern = /^(key|api[-_]?key|access[-_]?token|token|secret)$/i;

/** The URL with any credential in its query string masked, for display. */
export function maskUrlCredentials(url: string): string {
  if (!url.includes('?')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let masked = false;
  for (const [name, value] of parsed.searchParams) {
    if (credentialParameterPattern.test(name)) {
      parsed.searchParams.set(name, maskKey(value));
      masked = true;
    }
  }
  return masked ? parsed.toString() : url;
}
