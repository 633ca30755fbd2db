import type { TFunction } from 'i18next';

/** "842 ms" below a second, "1.24 s" above, in the window's language. */
export function formatDuration(milliseconds: number, t: TFunction, language: string): string {
  if (milliseconds < 1000) {
    return t('ui.units.milliseconds', { value: formatNumber(Math.round(milliseconds), language) });
  }
  const digits = milliseconds < 10_000 ? 2 : 1;
  return t('ui.units.seconds', { value: formatNumber(milliseconds / 1000, language, digits) });
}

// Making a formatter costs far more than using one, and metrics are formatted on every frame of
// every streaming pane: one formatter per language and precision is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  const key = `${language}|${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Pretty-prints JSON text, or returns it untouched when it is not JSON (a truncated body, say). */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
