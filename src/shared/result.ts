import { z } from 'zod';

// Every failure that crosses a transport is one of these codes. The renderer and the CLI turn a
// code plus its params into words through the shared locale catalog, so adding a language never
// touches the code that produced the error.
export const errorCodeSchema = z.enum([
  'invalid-payload',
  /** A pasted curl command that cannot be read as a request (a file body, not curl, …). */
  'unreadable-curl',
  'unknown-method',
  'unknown-profile',
  'unknown-request',
  'duplicate-request',
  'missing-key',
  'invalid-base-url',
  'http-error',
  'network-error',
  'stream-error',
  'timeout',
  'cancelled',
  'transport-closed',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** English sentence for logs and the command line; the UI re-renders it from code and params. */
  message: z.string(),
  /** What the user should do next, in English; the UI re-renders it from hintKey and params. */
  hint: z.string().optional(),
  /** A key of the `hints` section of the locale catalog. */
  hintKey: z.string().optional(),
  /** Values interpolated into the message and the hint (status, host, vendor message, …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  status: z.number().int().optional(),
  vendorType: z.string().optional(),
  vendorMessage: z.string().optional(),
  retryAfterMs: z.number().nonnegative().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
