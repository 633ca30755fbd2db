import { type AnthropicUsage, readAnthropicUsage } from './anthropic-messages-usage.ts';
import type { StreamContext } from './stream-context.ts';
import { unexpectedContent } from './stream-failures.ts';
import { isRecord, readVendorError, vendorStreamError } from './vendor-error.ts';

interface AnthropicMessage {
  type?: string;
  content?: Array<{
    type?: string;
    text?: string;
    thinking?: string;
    id?: string;
    name?: string;
    input?: unknown;
  }>;
  stop_reason?: string | null;
  usage?: AnthropicUsage | null;
}

/** A whole (non-streamed) message, reported as the same events a stream would produce. */
export function decodeAnthropicMessagesResponse(body: unknown, context: StreamContext): void {
  const { emit, now, host } = context;
  const message = body as AnthropicMessage;
  if (isRecord(body) && (message.type === 'error' || body.error !== undefined)) {
    emit({ type: 'stream-error', atMs: now(), error: vendorStreamError(host, readVendorError(body)) });
    return;
  }
  if (!isRecord(body) || !Array.isArray(message.content)) {
    emit({ type: 'stream-error', atMs: now(), error: unexpectedContent(host, 'the JSON has no content') });
    return;
  }
  message.content.forEach((block, index) => {
    if (block.type === 'text' && block.text) emit({ type: 'text-delta', atMs: now(), text: block.text });
    else if (block.type === 'thinking' && block.thinking) {
      emit({ type: 'reasoning-delta', atMs: now(), text: block.thinking });
    } else if (block.type === 'tool_use' || block.type === 'server_tool_use') {
      emit({
        type: 'tool-call-delta',
        atMs: now(),
        index,
        ...(typeof block.id === 'string' && { id: block.id }),
        ...(typeof block.name === 'string' && { name: block.name }),
        argumentsDelta: JSON.stringify(block.input ?? {}),
      });
    }
  });
  if (message.usage) emit({ type: 'usage-update', atMs: now(), usage: readAnthropicUsage(message.usage) });
  emit({ type: 'stream-end', atMs: now(), finishReason: message.stop_reason ?? null });
}
