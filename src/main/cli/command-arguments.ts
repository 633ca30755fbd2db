import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** A mistake in how the command was typed: reported with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses a command's flags strictly: an unknown flag or a stray word is a UsageError. */
export function parseFlags<const Options extends ParseArgsOptionsConfig>(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false, allowNegative: true })
      .values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
    throw new UsageError(
      `--port must be a whole number from 0 to 65535 (0 picks a free port), got "${text}".`,
    );
  }
  return Number(text);
}

export function parsePositiveInteger(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${flag} must be a whole number greater than 0, got "${text}".`);
  }
  return value;
}

export function parseNumberInRange(
  flag: string,
  text: string | undefined,
  range: { min: number; max: number },
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < range.min || value > range.max) {
    throw new UsageError(`${flag} must be a number from ${range.min} to ${range.max}, got "${text}".`);
  }
  return value;
}

export function requireFlag(flag: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required.`);
  return value;
}
