import type { Usage } from '../../shared/chat-schemas.ts';

export interface AnthropicUsage {
  input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  output_tokens?: number | null;
  output_tokens_details?: { thinking_tokens?: number } | null;
}

/**
 * Anthropic counts cached prompt tokens apart from input_tokens, while OpenAI's prompt_tokens
 * includes them; summing makes "input tokens" mean the same for every vendor.
 */
export function readAnthropicInputTokens(usage: AnthropicUsage): number | undefined {
  if (typeof usage.input_tokens !== 'number') return undefined;
  return usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}

/** Usage from message_delta or a whole response: output, thinking and (when repeated) input. */
export function readAnthropicUsage(usage: AnthropicUsage): Usage {
  const result: Usage = {};
  const input = readAnthropicInputTokens(usage);
  if (input !== undefined) result.inputTokens = input;
  if (typeof usage.output_tokens === 'number') result.outputTokens = usage.output_tokens;
  const thinking = usage.output_tokens_details?.thinking_tokens;
  if (typeof thinking === 'number') result.reasoningTokens = thinking;
  return result;
}
