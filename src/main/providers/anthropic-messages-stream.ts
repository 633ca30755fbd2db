import {
  type AnthropicUsage,
  readAnthropicInputTokens,
  readAnthropicUsage,
} from './anthropic-messages-usage.ts';
import type { SseEventHandler, StreamContext } from './stream-context.ts';
import { streamClosedEarly } from './stream-failures.ts';
import { readVendorError, vendorStreamError } from './vendor-error.ts';

// Read defensively rather than validated: this runs once per token.
interface AnthropicContentBlock {
  type?: string;
  id?: string;
  name?: string;
  text?: string;
  thinking?: string;
}

interface AnthropicDelta {
  type?: string;
  text?: string;
  thinking?: string;
  partial_json?: string;
  stop_reason?: string | null;
}

interface AnthropicStreamPayload {
  type?: string;
  index?: number;
  message?: { usage?: AnthropicUsage | null };
  content_block?: AnthropicContentBlock;
  delta?: AnthropicDelta;
  usage?: AnthropicUsage | null;
  error?: unknown;
}

/** Decodes a Messages stream: message_start, content blocks, message_delta, message_stop. */
export function createAnthropicMessagesStreamHandler(context: StreamContext): SseEventHandler {
  const { emit, now, host } = context;
  // message_delta carries the stop reason before message_stop; if the connection drops between
  // the two, the answer is still complete (the truncated tool-use transcript ends this way).
  let stopReason: string | undefined;
  let finished = false;

  function fail(payload: AnthropicStreamPayload): void {
    finished = true;
    emit({ type: 'stream-error', atMs: now(), error: vendorStreamError(host, readVendorError(payload)) });
  }

  function handleBlockStart(index: number, block: AnthropicContentBlock): void {
    if (block.type === 'tool_use' || block.type === 'server_tool_use') {
      emit({
        type: 'tool-call-delta',
        atMs: now(),
        index,
        ...(typeof block.id === 'string' && { id: block.id }),
        ...(typeof block.name === 'string' && { name: block.name }),
        argumentsDelta: '',
      });
    } else if (block.type === 'text' && block.text) {
      emit({ type: 'text-delta', atMs: now(), text: block.text });
    } else if (block.type === 'thinking' && block.thinking) {
      emit({ type: 'reasoning-delta', atMs: now(), text: block.thinking });
    }
  }

  function handleBlockDelta(index: number, delta: AnthropicDelta): void {
    switch (delta.type) {
      case 'text_delta':
        if (delta.text) emit({ type: 'text-delta', atMs: now(), text: delta.text });
        break;
      case 'thinking_delta':
        if (delta.thinking) emit({ type: 'reasoning-delta', atMs: now(), text: delta.thinking });
        break;
      case 'input_json_delta':
        if (delta.partial_json) {
          emit({ type: 'tool-call-delta', atMs: now(), index, argumentsDelta: delta.partial_json });
        }
        break;
      // signature_delta and citations_delta carry nothing a user reads.
    }
  }

  function handlePayload(payload: AnthropicStreamPayload): void {
    switch (payload.type) {
      case 'content_block_delta':
        if (payload.delta) handleBlockDelta(payload.index ?? 0, payload.delta);
        break;
      case 'content_block_start':
        if (payload.content_block) handleBlockStart(payload.index ?? 0, payload.content_block);
        break;
      case 'message_start': {
        const usage = payload.message?.usage;
        // Its output_tokens is a placeholder (1); the real count arrives in message_delta.
        const inputTokens = usage ? readAnthropicInputTokens(usage) : undefined;
        if (inputTokens !== undefined) emit({ type: 'usage-update', atMs: now(), usage: { inputTokens } });
        break;
      }
      case 'message_delta': {
        const reason = payload.delta?.stop_reason;
        if (typeof reason === 'string') stopReason = reason;
        if (payload.usage)
          emit({ type: 'usage-update', atMs: now(), usage: readAnthropicUsage(payload.usage) });
        break;
      }
      case 'message_stop':
        finished = true;
        emit({ type: 'stream-end', atMs: now(), finishReason: stopReason ?? null });
        break;
      case 'error':
        fail(payload);
        break;
      // ping and content_block_stop need nothing; unknown future types are ignored like the SDK does.
    }
  }

  return {
    get finished() {
      return finished;
    },
    handleEvent(eventName, data) {
      if (finished) return;
      let payload: AnthropicStreamPayload;
      try {
        payload = JSON.parse(data) as AnthropicStreamPayload;
      } catch {
        return;
      }
      if (typeof payload !== 'object' || payload === null) return;
      if (eventName === 'error' && payload.type !== 'error') fail(payload);
      else handlePayload(payload);
    },
    end() {
      if (finished) return;
      finished = true;
      if (stopReason !== undefined) emit({ type: 'stream-end', atMs: now(), finishReason: stopReason });
      else emit({ type: 'stream-error', atMs: now(), error: streamClosedEarly(host) });
    },
  };
}
