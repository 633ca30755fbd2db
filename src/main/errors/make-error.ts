import type { AppError, ErrorCode } from '../../shared/result.ts';
import { translate } from './translate.ts';

export interface ErrorDetails {
  hintKey?: string;
  params?: Record<string, string | number>;
  status?: number;
  vendorType?: string;
  vendorMessage?: string;
  retryAfterMs?: number;
}

/** Builds an AppError whose English message and hint come from the shared catalog. */
export function makeError(code: ErrorCode, details: ErrorDetails = {}): AppError {
  const params = details.params ?? {};
  const error: AppError = { code, message: translate(`errors.${code}`, params), params };
  if (details.hintKey) {
    error.hintKey = details.hintKey;
    error.hint = translate(`hints.${details.hintKey}`, params);
  }
  if (details.status !== undefined) error.status = details.status;
  if (details.vendorType !== undefined) error.vendorType = details.vendorType;
  if (details.vendorMessage !== undefined) error.vendorMessage = details.vendorMessage;
  if (details.retryAfterMs !== undefined) error.retryAfterMs = details.retryAfterMs;
  return error;
}
