import { request } from 'undici';
import type { Result } from '../../shared/result.ts';
import { fail, ok } from '../../shared/result.ts';
import type { KeyPool } from '../chat/key-pool.ts';
import { makeError } from '../errors/make-error.ts';
import { classifyHttpError } from '../net/classify-http-error.ts';
import { classifyNetworkError } from '../net/classify-network-error.ts';
import { keyShapeOf } from '../net/diagnose-rejected-key.ts';
import type { PreparedRoute } from '../net/proxy/network-routes.ts';
import { describeWait } from '../net/retry-after.ts';
import { anthropicVersion } from '../providers/anthropic-messages-request.ts';
import { joinEndpointUrl, withProfileHeaders } from '../providers/http-request-plan.ts';
import type { ProviderTarget } from '../providers/provider-target.ts';

export const fetchModelsTimeoutMs = 20_000;
// OpenRouter's list, with descriptions, runs to megabytes; anything far beyond is not a model list.
const largestListBytes = 32 * 1024 * 1024;

export interface FetchModelsInput {
  target: ProviderTarget;
  /** The route and dispatcher a chat of this profile would use. */
  prepared: PreparedRoute;
  /** The profile's keys: the list is asked for with the key a chat would use now. */
  keys?: KeyPool;
  timeoutMs?: number;
}

/**
 * The endpoint's model ids, sorted: GET {base}/models for the OpenAI formats (Ollama and LM Studio
 * serve it too), GET {base}/v1/models with x-api-key and anthropic-version for Anthropic. Failures
 * are classified as a chat's are, so a wrong key or base URL reads the same in both places.
 */
export async function fetchModels(input: FetchModelsInput): Promise<Result<{ models: string[] }>> {
  const { target, prepared } = input;
  const timeoutMs = input.timeoutMs ?? fetchModelsTimeoutMs;
  const apiKey = input.keys?.current()?.key ?? target.apiKey;
  const plan = modelListRequest(target, apiKey);
  const url = new URL(plan.url);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await request(url, {
      method: 'GET',
      headers: plan.headers,
      dispatcher: prepared.dispatcher,
      signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const body = await readLimited(response.body, largestListBytes);
    if (response.statusCode < 200 || response.statusCode > 299) {
      return fail(
        classifyHttpError({
          status: response.statusCode,
          body: body ?? '',
          headers: flattenHeaders(response.headers),
          host: url.host,
          request: {
            url: plan.url,
            format: target.format,
            ...(apiKey !== undefined && { key: keyShapeOf(apiKey) }),
          },
        }),
      );
    }
    const models = body === undefined ? undefined : readModelIds(body);
    if (!models) return fail(unreadableList(url.host, response.statusCode));
    return ok({ models });
  } catch (error) {
    if (signal.aborted) {
      return fail(
        makeError('timeout', {
          hintKey: 'response-timeout',
          params: { host: url.host, limit: describeWait(timeoutMs), via: prepared.via },
        }),
      );
    }
    return fail(classifyNetworkError(error, url.host, timeoutMs));
  }
}

function modelListRequest(
  target: ProviderTarget,
  apiKey: string | undefined,
): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (target.format === 'anthropic-messages') {
    headers['anthropic-version'] = anthropicVersion;
    if (apiKey) headers['x-api-key'] = apiKey;
    // The default page holds 20 models; one page of 1000 is every model Anthropic has.
    const url = new URL(joinEndpointUrl(target.baseUrl, '/v1/models'));
    url.searchParams.set('limit', '1000');
    return { url: url.toString(), headers: withProfileHeaders(headers, target.headers) };
  }
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  return {
    url: joinEndpointUrl(target.baseUrl, '/models'),
    headers: withProfileHeaders(headers, target.headers),
  };
}

/** `data[].id` of an OpenAI or Anthropic list, sorted and without repeats; undefined for anything else. */
export function readModelIds(body: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const data = (parsed as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return undefined;
  const ids = new Set<string>();
  for (const entry of data) {
    const id = (entry as { id?: unknown } | null)?.id;
    // Gemini's OpenAI layer lists `models/gemini-2.5-flash`; chats name the model without the prefix.
    const name = typeof id === 'string' ? id.trim().replace(/^models\//, '') : '';
    if (name !== '') ids.add(name);
  }
  return [...ids].sort((left, right) => left.localeCompare(right));
}

function unreadableList(host: string, status: number) {
  return makeError('http-error', {
    hintKey: 'models-list-unreadable',
    status,
    params: { host, status, vendorSuffix: ', but not with a model list' },
  });
}

async function readLimited(body: AsyncIterable<Uint8Array>, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
