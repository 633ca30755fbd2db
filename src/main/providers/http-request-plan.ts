/** Everything needed to send one request; built by an adapter, sent by the chat runner. */
export interface HttpRequestPlan {
  method: 'POST';
  url: string;
  /** Lower-case names; values include the real key (the runner masks them for display). */
  headers: Record<string, string>;
  body: string;
}

/**
 * Appends an endpoint path to a base URL as the SDKs do: a trailing slash on the base is harmless,
 * and a query string (Azure's `?api-version=`) stays at the end.
 */
export function joinEndpointUrl(baseUrl: string, path: string): string {
  const url = new URL(baseUrl.trim());
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  return url.toString();
}

/** The request's extra body fields, after the adapter's own, which win a clash. */
export function withExtraFields(
  body: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!extra) return body;
  const merged = { ...body };
  for (const [name, value] of Object.entries(extra)) if (!(name in merged)) merged[name] = value;
  return merged;
}

/** Profile headers win over the adapter's: a relay that wants its own auth header gets it. */
export function withProfileHeaders(
  headers: Record<string, string>,
  profileHeaders: Record<string, string> | undefined,
): Record<string, string> {
  if (!profileHeaders) return headers;
  const merged = { ...headers };
  for (const [name, value] of Object.entries(profileHeaders)) merged[name.toLowerCase()] = value;
  return merged;
}
