import { createParser } from 'eventsource-parser';
import type { ProviderFormat } from '../../shared/chat-schemas.ts';
import { adapterForFormat } from './provider-adapter.ts';
import type { StreamContext } from './stream-context.ts';

/** Bytes of one SSE response in, normalized events out (raw-chunk first, then what it decoded to). */
export interface ChatStreamDecoder {
  /** One network chunk; a multibyte character split across chunks is held until it completes. */
  push(bytes: Uint8Array): void;
  /** Already decoded text, for callers that hold strings (benchmarks, the mock server's replays). */
  pushText(text: string): void;
  /** The connection closed: flushes and emits the terminal event unless one was already emitted. */
  end(): void;
  /** True once stream-end or stream-error was emitted; the caller may stop reading. */
  readonly finished: boolean;
}

export function createChatStreamDecoder(format: ProviderFormat, context: StreamContext): ChatStreamDecoder {
  const handler = adapterForFormat(format).createStreamHandler(context);
  const { emit, now } = context;
  const textDecoder = new TextDecoder('utf-8');
  const parser = createParser({ onEvent: (message) => handler.handleEvent(message.event, message.data) });

  // Nothing is emitted after the terminal event, raw bytes included: it must stay the last event.
  function pushText(text: string): void {
    if (text === '' || handler.finished) return;
    emit({ type: 'raw-chunk', atMs: now(), text });
    parser.feed(text);
  }

  return {
    get finished() {
      return handler.finished;
    },
    push(bytes) {
      pushText(textDecoder.decode(bytes, { stream: true }));
    },
    pushText,
    end() {
      // An incomplete trailing character becomes U+FFFD, as any decoder would show it.
      pushText(textDecoder.decode());
      handler.end();
    },
  };
}
