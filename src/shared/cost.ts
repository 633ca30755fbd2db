import type { Usage } from './chat-schemas.ts';
import type { ModelPrice } from './profile-schemas.ts';

const tokensPerPriceUnit = 1_000_000;

/** US dollars for the usage at the price, or undefined while a price or a token count is missing. */
export function estimateCost(usage: Usage, price: ModelPrice | undefined): number | undefined {
  if (!price || usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  return (
    (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) /
    tokensPerPriceUnit
  );
}
