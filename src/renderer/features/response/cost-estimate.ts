// The estimate itself is shared with the history (src/shared/cost.ts); this file only formats.
export { estimateCost } from '../../../shared/cost.ts';

// Single requests often cost a fraction of a cent: at least four decimals, and up to six so that
// such a request does not show as $0.0000.
const smallest = 0.000001;

/** "$0.0123", "$0.000042", "<$0.000001": an estimate in dollars, in the window's language. */
export function formatCost(dollars: number, language: string): string {
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 4,
    maximumFractionDigits: 6,
  });
  return dollars > 0 && dollars < smallest / 2 ? `<${format.format(smallest)}` : format.format(dollars);
}

/** "$2.50": a price per million tokens, as typed in Profile settings. */
export function formatPrice(dollars: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 6,
  }).format(dollars);
}
