import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { readVendorError, type VendorError } from '../providers/vendor-error.ts';
import { describeWait, readRetryAfterMs } from './retry-after.ts';
import { summarizeBody } from './summarize-body.ts';

export interface HttpFailure {
  status: number;
  /** The response body as text (may be JSON, an HTML page, or empty). */
  body: string;
  /** Lower-case names, as undici gives them. */
  headers: Record<string, string>;
  /** Host (with port) the request went to. */
  host: string;
}

/** Turns a non-2xx answer into an error that says what happened and what to do next. */
export function classifyHttpError(failure: HttpFailure, nowMs: number = Date.now()): AppError {
  const { status, host } = failure;
  const vendorError = readBodyError(failure.body);
  const vendorMessage = vendorError?.message;
  const isQuota = isQuotaError(status, vendorError);
  const retryAfterMs = isQuota ? undefined : readRetryAfterMs(failure.headers, nowMs);
  const hintKey = hintKeyFor(status, vendorError, isQuota);
  return makeError('http-error', {
    hintKey,
    status,
    params: {
      host,
      status,
      vendorSuffix: vendorMessage ? `: ${vendorMessage}` : '',
      paramSuffix: vendorError?.param ? `: ${vendorError.param}` : '',
      ...(hintKey === 'status-429-rate' && { wait: describeWait(retryAfterMs) }),
    },
    ...(vendorError?.type !== undefined && { vendorType: vendorError.type }),
    ...(vendorMessage !== undefined && { vendorMessage }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  });
}

function readBodyError(body: string): VendorError | undefined {
  const trimmed = body.trim();
  if (trimmed === '') return undefined;
  try {
    const fromJson = readVendorError(JSON.parse(trimmed));
    if (fromJson) return fromJson;
  } catch {
    // Not JSON: a proxy, relay or web server answered instead of the vendor.
  }
  return { message: summarizeBody(trimmed) };
}

// OpenAI signals an empty balance as a 429 with type/code insufficient_quota; Anthropic uses
// billing_error (402); DeepSeek and others answer 402. Waiting never fixes any of them.
function isQuotaError(status: number, vendorError: VendorError | undefined): boolean {
  if (status === 402) return true;
  const type = vendorError?.type;
  const code = vendorError?.code;
  return type === 'insufficient_quota' || code === 'insufficient_quota' || type === 'billing_error';
}

function hintKeyFor(status: number, vendorError: VendorError | undefined, isQuota: boolean): string {
  if (status === 529 || vendorError?.type === 'overloaded_error') return 'status-529';
  if (status === 429) return isQuota ? 'status-429-quota' : 'status-429-rate';
  if (isQuota) return 'status-402';
  switch (status) {
    case 400:
      return 'status-400';
    case 401:
      return 'status-401';
    case 403:
      return 'status-403';
    case 404:
      return 'status-404';
    case 413:
      return 'status-413';
  }
  return status >= 500 ? 'status-5xx' : 'status-other';
}
