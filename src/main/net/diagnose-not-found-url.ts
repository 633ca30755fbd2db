import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { Diagnosis } from './diagnose-rejected-key.ts';

const openAiEndpoint = '/chat/completions';
const anthropicEndpoint = '/v1/messages';

/**
 * Why a 404 most likely happened when the request URL shows it: the base URL misses the `/v1`
 * OpenAI-style URLs need, has it twice, has it although Anthropic-style URLs must not, or already
 * contains the endpoint. The hint names the exact base URL to use instead.
 */
export function diagnoseNotFoundUrl(requestUrl: string, format: ProviderFormat): Diagnosis | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  const endpoint = format === 'anthropic-messages' ? anthropicEndpoint : openAiEndpoint;
  const path = url.pathname;
  if (!path.endsWith(endpoint)) return undefined;
  const basePath = path.slice(0, -endpoint.length).replace(/\/+$/, '');
  const diagnosis = (hintKey: string, fixedBasePath: string): Diagnosis => ({
    hintKey,
    params: { path, suggestedBaseUrl: `${url.origin}${fixedBasePath}${url.search}` },
  });

  if (basePath.endsWith(endpoint)) {
    return diagnosis('status-404-full-endpoint', basePath.slice(0, -endpoint.length));
  }
  if (format === 'anthropic-messages') {
    return basePath.endsWith('/v1') ? diagnosis('status-404-anthropic-v1', basePath.slice(0, -3)) : undefined;
  }
  if (basePath.endsWith('/v1/v1')) return diagnosis('status-404-doubled-v1', basePath.slice(0, -3));
  // Only a bare origin is surely wrong: relays mount the API under paths of their own choosing.
  if (basePath === '') return diagnosis('status-404-missing-v1', '/v1');
  return undefined;
}
