/** A thrown value as a short sentence for an `internal` error's detail. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
