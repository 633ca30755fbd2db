import type { ProviderFormat } from '../../shared/chat-schemas.ts';

/**
 * Enough of a key to recognise mistakes without handling the key: its first seven characters
 * (`sk-ant-`, `sk-proj`, never secret) and whether something inside it is not part of any key.
 */
export interface KeyShape {
  prefix: string;
  hasWhitespace: boolean;
}

export function keyShapeOf(key: string): KeyShape {
  return { prefix: key.slice(0, 7), hasWhitespace: /[\s\p{Cc}]/u.test(key) };
}

export interface Diagnosis {
  hintKey: string;
  params: Record<string, string>;
}

/**
 * Why a 401 most likely happened, when the key itself shows it: pasted with a break inside, or
 * one vendor's key sent to the other. Undefined when nothing stands out (a revoked key looks fine).
 */
export function diagnoseRejectedKey(
  format: ProviderFormat,
  host: string,
  key: KeyShape | undefined,
): Diagnosis | undefined {
  if (!key) return undefined;
  if (key.hasWhitespace) return { hintKey: 'status-401-key-whitespace', params: {} };
  const isAnthropicKey = key.prefix.startsWith('sk-ant-');
  const isAnthropicHost = /(^|\.)anthropic\.com(:\d+)?$/i.test(host);
  // Anthropic's own OpenAI-compatible endpoint takes sk-ant- keys, so only other hosts are wrong.
  if (format !== 'anthropic-messages' && isAnthropicKey && !isAnthropicHost) {
    return { hintKey: 'status-401-anthropic-key', params: {} };
  }
  // Relays that speak the Anthropic format often issue sk- keys of their own: only Anthropic's host
  // is sure to want sk-ant-.
  if (format === 'anthropic-messages' && isAnthropicHost && key.prefix.startsWith('sk-') && !isAnthropicKey) {
    return { hintKey: 'status-401-openai-key', params: {} };
  }
  return undefined;
}
