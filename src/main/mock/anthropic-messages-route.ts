import { estimateInputTokens, type FinishKind, planAnswer } from './answer-tokens.ts';
import { composeAnswer, contentText, isRecord, lastUserText } from './mock-answer.ts';
import { readMockControls } from './mock-behaviours.ts';
import { endIfOpen, openEventStream, readJsonBody, sendJson, writeIfOpen } from './mock-http.ts';
import { emitPaced } from './paced-emitter.ts';
import { PARTIAL_TOKEN_COUNT, type Route } from './route-context.ts';
import {
  ANTHROPIC_STREAM_ERROR,
  type AnthropicErrorBody,
  anthropicError,
  anthropicErrorBody,
} from './vendor-error-bodies.ts';
import {
  anthropicHeaders,
  type HeaderMap,
  newAnthropicMessageId,
  newAnthropicRequestId,
  retryAfterHeaders,
} from './vendor-headers.ts';

const STOP_REASONS: Record<FinishKind, string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  'stop-sequence': 'stop_sequence',
};

/** POST /v1/messages, streamed or not, in Anthropic's Messages format. */
export const anthropicMessagesRoute: Route = async (request, response, context) => {
  const requestId = newAnthropicRequestId();
  const fail = (status: number, body: AnthropicErrorBody, extra: HeaderMap = {}): void =>
    sendJson(response, status, { ...anthropicHeaders(requestId, 0, status === 429), ...extra }, body);
  const invalidRequest = (message: string): void =>
    fail(400, anthropicErrorBody('invalid_request_error', message, requestId));

  const parsed = await readJsonBody(request);
  if (!parsed.ok) return invalidRequest(`Request body is not valid JSON: ${parsed.message}`);
  const body = isRecord(parsed.value) ? parsed.value : {};

  const controls = readMockControls(body.model, request.headers, context.serverTokensPerSecond);
  if (!controls.ok) return invalidRequest(controls.message);
  const { behaviour, tokensPerSecond } = controls.controls;
  const model = typeof body.model === 'string' ? body.model : '';

  // Like the real service, authentication and rate limits are checked before the body is.
  if (behaviour.kind === 'error') {
    const error = anthropicError(behaviour.error, { model, requestId });
    return fail(error.status, error.body, behaviour.error === 'rate-limit' ? retryAfterHeaders(1) : {});
  }

  const invalid = validate(body);
  if (invalid) return invalidRequest(invalid);
  const messages = body.messages as unknown[];
  const maxTokens = body.max_tokens as number;

  if (
    behaviour.kind === 'rate-limit-once' &&
    context.conversations.isFirstSight(['anthropic', body.system, messages])
  ) {
    const error = anthropicError('rate-limit', { model, requestId });
    return fail(error.status, error.body, retryAfterHeaders(1));
  }

  const inputTokens = estimateInputTokens([
    contentText(body.system),
    ...messages.map((message) => (isRecord(message) ? contentText(message.content) : '')),
  ]);
  const stops = Array.isArray(body.stop_sequences)
    ? body.stop_sequences.filter((item): item is string => typeof item === 'string')
    : [];
  const plan = planAnswer(
    composeAnswer(lastUserText(messages), {
      markdown: behaviour.kind === 'answer' && behaviour.markdown === true,
    }),
    maxTokens,
    stops,
  );
  const stopReason = STOP_REASONS[plan.finish];
  const headers = anthropicHeaders(requestId, inputTokens);
  const id = newAnthropicMessageId();

  if (body.stream !== true) {
    // A stalled server never answers; an overload without a stream is the plain 529.
    if (behaviour.kind === 'stall') return context.track(response, () => {});
    if (behaviour.kind === 'stream-error') {
      const error = anthropicError('overloaded', { model, requestId });
      return fail(error.status, error.body);
    }
    return sendJson(response, 200, headers, {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [{ type: 'text', text: plan.tokens.join('') }],
      stop_reason: stopReason,
      stop_sequence: plan.stopSequence,
      usage: { input_tokens: inputTokens, output_tokens: plan.tokens.length },
    });
  }

  const send = (event: string, data: unknown): void =>
    writeIfOpen(
      response,
      `event: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`,
    );
  const faulty = behaviour.kind === 'stream-error' || behaviour.kind === 'stall';
  const tokens = faulty ? plan.tokens.slice(0, PARTIAL_TOKEN_COUNT) : plan.tokens;

  openEventStream(response, headers);
  send('message_start', {
    type: 'message_start',
    message: {
      id,
      type: 'message',
      role: 'assistant',
      content: [],
      model,
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: inputTokens, output_tokens: 1 },
    },
  });
  send('content_block_start', {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'text', text: '' },
  });
  // Byte for byte what the API sends, space included.
  send('ping', '{"type": "ping"}');

  const finish = (): void => {
    if (behaviour.kind === 'stall') return;
    if (behaviour.kind === 'stream-error') {
      send('error', ANTHROPIC_STREAM_ERROR);
    } else {
      send('content_block_stop', { type: 'content_block_stop', index: 0 });
      send('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: stopReason, stop_sequence: plan.stopSequence },
        usage: { output_tokens: tokens.length },
      });
      send('message_stop', { type: 'message_stop' });
    }
    endIfOpen(response);
  };
  const emit = (index: number): void =>
    send('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text: tokens[index] },
    });
  context.track(response, emitPaced(tokens.length, tokensPerSecond, emit, finish));
};

/** Returns Anthropic's message for the first problem, in its `field: problem` style. */
function validate(body: Record<string, unknown>): string | undefined {
  if (body.model === undefined) return 'model: Field required';
  if (typeof body.model !== 'string' || body.model === '') return 'model: Input should be a valid string';
  if (body.max_tokens === undefined) return 'max_tokens: Field required';
  if (!Number.isInteger(body.max_tokens)) return 'max_tokens: Input should be a valid integer';
  if ((body.max_tokens as number) < 1) return 'max_tokens: Input should be greater than or equal to 1';
  if (body.messages === undefined) return 'messages: Field required';
  if (!Array.isArray(body.messages)) return 'messages: Input should be a valid list';
  if (body.messages.length === 0) return 'messages: at least one message is required';
  return undefined;
}
