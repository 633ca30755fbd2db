import type { AppError } from '../../shared/result.ts';
import { makeError } from '../errors/make-error.ts';

/** The error a vendor described, whichever of the known body shapes it used. */
export interface VendorError {
  type?: string;
  message?: string;
  param?: string;
  code?: string;
}

/**
 * Reads OpenAI's `{error:{message,type,param,code}}`, Anthropic's `{type:'error', error:{type,message}}`
 * and the looser shapes relays and local servers use (`{error:"…"}`, `{message:"…"}`, `{detail:"…"}`).
 */
export function readVendorError(body: unknown): VendorError | undefined {
  if (!isRecord(body)) return undefined;
  const inner = body.error;
  if (typeof inner === 'string') return { message: inner };
  if (isRecord(inner)) {
    const found: VendorError = {};
    const type = stringOf(inner.type);
    const message = stringOf(inner.message);
    const param = stringOf(inner.param);
    const code = stringOf(inner.code);
    if (type !== undefined) found.type = type;
    if (message !== undefined) found.message = message;
    if (param !== undefined) found.param = param;
    if (code !== undefined) found.code = code;
    // OpenRouter and some relays put only a numeric code and a message in the error object.
    if (found.type === undefined && found.code !== undefined) found.type = found.code;
    return found;
  }
  const message = stringOf(body.message) ?? stringOf(body.detail);
  return message === undefined ? undefined : { message };
}

/** A vendor error that arrived inside a 200 stream (or a 200 JSON body): the text so far is kept. */
export function vendorStreamError(host: string, vendorError: VendorError | undefined): AppError {
  const vendorMessage = vendorError?.message ?? 'the vendor reported an error without a message';
  const detail = vendorError?.type ? `${vendorMessage} (${vendorError.type})` : vendorMessage;
  return makeError('stream-error', {
    hintKey: 'stream-vendor-error',
    params: { host, detail },
    ...(vendorError?.type !== undefined && { vendorType: vendorError.type }),
    vendorMessage,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
