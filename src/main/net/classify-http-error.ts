import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';
import { readVendorError, type VendorError } from '../providers/vendor-error.ts';
import { diagnoseNotFoundUrl } from './diagnose-not-found-url.ts';
import { type Diagnosis, diagnoseRejectedKey, type KeyShape } from './diagnose-rejected-key.ts';
import { describeRateLimit, readRateLimitBudgets, waitUntilRefilledMs } from './rate-limit-headers.ts';
import type { AttemptFailure } from './retry/attempt-failure.ts';
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
  /** What was sent, so a wrong base URL, a key of another vendor or an oversized body is named. */
  request?: {
    url: string;
    format: ProviderFormat;
    key?: KeyShape;
    bodyBytes?: number;
  };
}

/** Turns a non-2xx answer into an error that says what happened and what to do next. */
export function classifyHttpError(failure: HttpFailure, nowMs: number = Date.now()): AppError {
  return classifyHttpFailure(failure, nowMs).error;
}

/** The error, plus what the retry policy reads from the same answer (x-should-retry, quota, wait). */
export function classifyHttpFailure(failure: HttpFailure, nowMs: number = Date.now()): AttemptFailure {
  const { status, host } = failure;
  const vendorError = readBodyError(failure.body);
  const vendorMessage = vendorError?.message;
  const isQuota = isQuotaError(status, vendorError);
  const retryAfterMs = isQuota ? undefined : readRetryAfterMs(failure.headers, nowMs);
  const specific = diagnose(failure, vendorError, isQuota, retryAfterMs, nowMs);
  const hintKey = specific?.hintKey ?? hintKeyFor(status, vendorError, isQuota);
  const error = makeError('http-error', {
    hintKey,
    status,
    params: {
      host,
      status,
      vendorSuffix: vendorMessage ? `: ${vendorMessage}` : '',
      paramSuffix: vendorError?.param ? `: ${vendorError.param}` : '',
      ...(hintKey.startsWith('status-429-rate') && { wait: describeWait(retryAfterMs) }),
      ...specific?.params,
    },
    ...(vendorError?.type !== undefined && { vendorType: vendorError.type }),
    ...(vendorMessage !== undefined && { vendorMessage }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  });
  const attemptFailure: AttemptFailure = { error, kind: 'http', isQuota };
  const shouldRetry = failure.headers['x-should-retry']?.trim().toLowerCase();
  if (shouldRetry === 'true' || shouldRetry === 'false')
    attemptFailure.shouldRetryHeader = shouldRetry === 'true';
  if (retryAfterMs !== undefined) attemptFailure.retryAfterMs = retryAfterMs;
  return attemptFailure;
}

/** A hint more precise than the status's own, when the request or the headers show the cause. */
function diagnose(
  failure: HttpFailure,
  vendorError: VendorError | undefined,
  isQuota: boolean,
  retryAfterMs: number | undefined,
  nowMs: number,
): Diagnosis | undefined {
  const { status, request } = failure;
  if (status === 401 && request) return diagnoseRejectedKey(request.format, failure.host, request.key);
  if (status === 404 && request) return diagnoseNotFoundUrl(request.url, request.format);
  if (status === 413 && request?.bodyBytes !== undefined) {
    return { hintKey: 'status-413-size', params: { size: describeSize(request.bodyBytes) } };
  }
  if (status === 429 && !isQuota && vendorError?.type !== 'overloaded_error') {
    const budgets = readRateLimitBudgets(failure.headers, nowMs);
    const rateLimit = describeRateLimit(budgets);
    if (!rateLimit) return undefined;
    // Without retry-after, the refill time of the empty budget is the best wait to suggest.
    const wait = describeWait(retryAfterMs ?? waitUntilRefilledMs(budgets));
    return { hintKey: 'status-429-rate-detail', params: { rateLimit, wait } };
  }
  return undefined;
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
// billing_error (402) or, for an empty prepaid balance, a 400 about the credit balance; DeepSeek and
// others answer 402. Waiting never fixes any of them.
function isQuotaError(status: number, vendorError: VendorError | undefined): boolean {
  if (status === 402) return true;
  const type = vendorError?.type;
  const code = vendorError?.code;
  if (type === 'insufficient_quota' || code === 'insufficient_quota' || type === 'billing_error') return true;
  return status === 400 && /credit balance is too low/i.test(vendorError?.message ?? '');
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

function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
