import { type OpenAiUsage, readOpenAiUsage } from './openai-chat-usage.ts';
import type { StreamContext } from './stream-context.ts';
import { unexpectedContent } from './stream-failures.ts';
import { isRecord, readVendorError, vendorStreamError } from './vendor-error.ts';

interface OpenAiMessage {
  content?: string | null;
  refusal?: string | null;
  reasoning_content?: string | null;
  reasoning?: string | null;
  tool_calls?: Array<{ id?: string; function?: { name?: string; arguments?: string } }> | null;
}

interface OpenAiCompletion {
  choices?: Array<{ message?: OpenAiMessage | null; finish_reason?: string | null }>;
  usage?: OpenAiUsage | null;
}

/** A whole (non-streamed) completion, reported as the same events a stream would produce. */
export function decodeOpenAiChatResponse(body: unknown, context: StreamContext): void {
  const { emit, now, host } = context;
  if (isRecord(body) && body.error !== undefined && body.error !== null) {
    emit({ type: 'stream-error', atMs: now(), error: vendorStreamError(host, readVendorError(body)) });
    return;
  }
  const completion = body as OpenAiCompletion;
  if (!isRecord(body) || !Array.isArray(completion.choices)) {
    emit({ type: 'stream-error', atMs: now(), error: unexpectedContent(host, 'the JSON has no choices') });
    return;
  }
  const choice = completion.choices[0];
  const message = choice?.message;
  if (message) {
    const reasoning = message.reasoning_content ?? message.reasoning;
    if (typeof reasoning === 'string' && reasoning !== '')
      emit({ type: 'reasoning-delta', atMs: now(), text: reasoning });
    const text = message.content || message.refusal;
    if (typeof text === 'string' && text !== '') emit({ type: 'text-delta', atMs: now(), text });
    message.tool_calls?.forEach((call, index) => {
      emit({
        type: 'tool-call-delta',
        atMs: now(),
        index,
        ...(typeof call.id === 'string' && { id: call.id }),
        ...(typeof call.function?.name === 'string' && { name: call.function.name }),
        argumentsDelta: call.function?.arguments ?? '',
      });
    });
  }
  if (completion.usage) emit({ type: 'usage-update', atMs: now(), usage: readOpenAiUsage(completion.usage) });
  emit({ type: 'stream-end', atMs: now(), finishReason: choice?.finish_reason ?? null });
}
