import { type OpenAiUsage, readOpenAiUsage } from './openai-chat-usage.ts';
import type { SseEventHandler, StreamContext } from './stream-context.ts';
import { streamClosedEarly } from './stream-failures.ts';
import { readVendorError, vendorStreamError } from './vendor-error.ts';

// Shapes as sent by OpenAI and the servers that copy it; fields are read defensively rather than
// validated, because this runs once per token and compatible servers differ in the details.
interface OpenAiToolCallDelta {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

interface OpenAiDelta {
  content?: string | null;
  refusal?: string | null;
  /** DeepSeek, Qwen and Kimi stream their thinking here. */
  reasoning_content?: string | null;
  /** OpenRouter and Ollama's OpenAI layer use this name. */
  reasoning?: string | null;
  tool_calls?: OpenAiToolCallDelta[] | null;
}

interface OpenAiChunk {
  error?: unknown;
  choices?: Array<{ delta?: OpenAiDelta | null; finish_reason?: string | null }>;
  usage?: OpenAiUsage | null;
}

/** Decodes a Chat Completions stream: `data: {chunk}` events, then `data: [DONE]`. */
export function createOpenAiChatStreamHandler(context: StreamContext): SseEventHandler {
  const { emit, now, host } = context;
  // undefined until a choice reports one; a stream that closes after it still ended properly.
  let finishReason: string | undefined;
  let finished = false;

  function handleChunk(chunk: OpenAiChunk): void {
    if (chunk.error !== undefined && chunk.error !== null) {
      finished = true;
      emit({ type: 'stream-error', atMs: now(), error: vendorStreamError(host, readVendorError(chunk)) });
      return;
    }
    const choice = chunk.choices?.[0];
    if (choice !== undefined) {
      const delta = choice.delta;
      if (delta) handleDelta(delta);
      if (typeof choice.finish_reason === 'string') finishReason = choice.finish_reason;
    }
    const usage = chunk.usage;
    if (usage) emit({ type: 'usage-update', atMs: now(), usage: readOpenAiUsage(usage) });
  }

  function handleDelta(delta: OpenAiDelta): void {
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (typeof reasoning === 'string' && reasoning !== '') {
      emit({ type: 'reasoning-delta', atMs: now(), text: reasoning });
    }
    const content = delta.content;
    if (typeof content === 'string' && content !== '')
      emit({ type: 'text-delta', atMs: now(), text: content });
    // A refusal replaces the answer; showing it as text is what the user needs to read.
    const refusal = delta.refusal;
    if (typeof refusal === 'string' && refusal !== '')
      emit({ type: 'text-delta', atMs: now(), text: refusal });
    const toolCalls = delta.tool_calls;
    if (toolCalls) {
      for (let position = 0; position < toolCalls.length; position++) {
        const call = toolCalls[position] as OpenAiToolCallDelta;
        const name = call.function?.name;
        const argumentsDelta = call.function?.arguments;
        emit({
          type: 'tool-call-delta',
          atMs: now(),
          index: typeof call.index === 'number' ? call.index : position,
          ...(typeof call.id === 'string' && call.id !== '' && { id: call.id }),
          ...(typeof name === 'string' && name !== '' && { name }),
          argumentsDelta: typeof argumentsDelta === 'string' ? argumentsDelta : '',
        });
      }
    }
  }

  return {
    get finished() {
      return finished;
    },
    handleEvent(eventName, data) {
      if (finished) return;
      if (data === '[DONE]') {
        finished = true;
        emit({ type: 'stream-end', atMs: now(), finishReason: finishReason ?? null });
        return;
      }
      let chunk: OpenAiChunk;
      try {
        chunk = JSON.parse(data) as OpenAiChunk;
      } catch {
        // Keep-alive text and other non-JSON lines stay visible in the Raw tab and are skipped here.
        return;
      }
      if (typeof chunk !== 'object' || chunk === null) return;
      if (eventName === 'error' && chunk.error === undefined) {
        finished = true;
        emit({ type: 'stream-error', atMs: now(), error: vendorStreamError(host, readVendorError(chunk)) });
        return;
      }
      handleChunk(chunk);
    },
    end() {
      if (finished) return;
      finished = true;
      if (finishReason !== undefined) emit({ type: 'stream-end', atMs: now(), finishReason });
      else emit({ type: 'stream-error', atMs: now(), error: streamClosedEarly(host) });
    },
  };
}
