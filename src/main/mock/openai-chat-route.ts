import { estimateInputTokens, planAnswer } from './answer-tokens.ts';
import { composeAnswer, contentText, isRecord, lastUserText } from './mock-answer.ts';
import { readMockControls } from './mock-behaviours.ts';
import { endIfOpen, openEventStream, readJsonBody, sendJson, writeIfOpen } from './mock-http.ts';
import { emitPaced } from './paced-emitter.ts';
import { PARTIAL_TOKEN_COUNT, type Route } from './route-context.ts';
import {
  OPENAI_STREAM_ERROR,
  type OpenAiErrorBody,
  openAiError,
  openAiErrorBody,
} from './vendor-error-bodies.ts';
import {
  type HeaderMap,
  newChatCompletionId,
  newOpenAiRequestId,
  openAiHeaders,
  retryAfterHeaders,
} from './vendor-headers.ts';

const SYSTEM_FINGERPRINT = 'fp_5f0c2ae1d3';

const INVALID_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

/** POST /v1/chat/completions, streamed or not, in OpenAI's Chat Completions format. */
export const openAiChatRoute: Route = async (request, response, context) => {
  const requestId = newOpenAiRequestId();
  const fail = (status: number, body: OpenAiErrorBody, extra: HeaderMap = {}): void =>
    sendJson(response, status, { ...openAiHeaders(requestId, 0, status === 429), ...extra }, body, 2);

  const parsed = await readJsonBody(request);
  if (!parsed.ok) return fail(400, openAiErrorBody(INVALID_JSON_MESSAGE, 'invalid_request_error'));
  const body = isRecord(parsed.value) ? parsed.value : {};

  const controls = readMockControls(body.model, request.headers, context.serverTokensPerSecond);
  if (!controls.ok) return fail(400, openAiErrorBody(controls.message, 'invalid_request_error'));
  const { behaviour, tokensPerSecond } = controls.controls;
  const model = typeof body.model === 'string' ? body.model : '';

  // Like the real service, authentication and rate limits are checked before the body is.
  if (behaviour.kind === 'error') {
    const error = openAiError(behaviour.error, { model, requestId });
    return fail(error.status, error.body, behaviour.error === 'rate-limit' ? retryAfterHeaders(1) : {});
  }

  const invalid = validate(body);
  if (invalid) return fail(400, invalid);
  const messages = body.messages as unknown[];
  const maxTokens = [body.max_completion_tokens, body.max_tokens].find(
    (value): value is number => typeof value === 'number',
  );

  if (behaviour.kind === 'rate-limit-once' && context.conversations.isFirstSight(['openai', messages])) {
    const error = openAiError('rate-limit', { model, requestId });
    return fail(error.status, error.body, retryAfterHeaders(1));
  }

  const promptTokens = estimateInputTokens(
    messages.map((message) => (isRecord(message) ? contentText(message.content) : '')),
  );
  const plan = planAnswer(
    composeAnswer(lastUserText(messages), {
      markdown: behaviour.kind === 'answer' && behaviour.markdown === true,
    }),
    maxTokens,
    stopSequences(body.stop),
  );
  const finishReason = plan.finish === 'length' ? 'length' : 'stop';
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: plan.tokens.length,
    total_tokens: promptTokens + plan.tokens.length,
  };
  const headers = openAiHeaders(requestId, promptTokens);
  const id = newChatCompletionId();
  const created = Math.floor(Date.now() / 1000);

  if (body.stream !== true) {
    // A stalled server never answers; a stream error without a stream is a plain 500.
    if (behaviour.kind === 'stall') return context.track(response, () => {});
    if (behaviour.kind === 'stream-error') {
      const error = openAiError('server', { model, requestId });
      return fail(error.status, error.body);
    }
    return sendJson(response, 200, headers, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: plan.tokens.join(''), refusal: null },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
      usage,
      system_fingerprint: SYSTEM_FINGERPRINT,
    });
  }

  const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;
  const send = (payload: unknown): void => writeIfOpen(response, `data: ${JSON.stringify(payload)}\n\n`);
  const envelope = {
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
    ...envelope,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const faulty = behaviour.kind === 'stream-error' || behaviour.kind === 'stall';
  const tokens = faulty ? plan.tokens.slice(0, PARTIAL_TOKEN_COUNT) : plan.tokens;

  openEventStream(response, headers);
  send(chunk({ role: 'assistant', content: '', refusal: null }, null));
  const finish = (): void => {
    if (behaviour.kind === 'stall') return;
    if (behaviour.kind === 'stream-error') {
      send(OPENAI_STREAM_ERROR);
    } else {
      send(chunk({}, finishReason));
      if (includeUsage) send({ ...envelope, choices: [], usage });
    }
    writeIfOpen(response, 'data: [DONE]\n\n');
    endIfOpen(response);
  };
  context.track(
    response,
    emitPaced(
      tokens.length,
      tokensPerSecond,
      (index) => send(chunk({ content: tokens[index] }, null)),
      finish,
    ),
  );
};

function validate(body: Record<string, unknown>): OpenAiErrorBody | undefined {
  if (typeof body.model !== 'string' || body.model === '') {
    return openAiErrorBody('you must provide a model parameter', 'invalid_request_error');
  }
  if (body.messages === undefined) {
    return openAiErrorBody(
      "Missing required parameter: 'messages'.",
      'invalid_request_error',
      'messages',
      'missing_required_parameter',
    );
  }
  if (!Array.isArray(body.messages)) {
    return openAiErrorBody(
      `Invalid type for 'messages': expected an array, but got ${typeof body.messages} instead.`,
      'invalid_request_error',
      'messages',
      'invalid_type',
    );
  }
  if (body.messages.length === 0) {
    return openAiErrorBody(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'invalid_request_error',
      'messages',
      'empty_array',
    );
  }
  for (const name of ['max_tokens', 'max_completion_tokens']) {
    const value = body[name];
    if (value !== undefined && value !== null && !(Number.isInteger(value) && (value as number) >= 1)) {
      return openAiErrorBody(
        `Invalid '${name}': expected an integer of at least 1, but got ${JSON.stringify(value)} instead.`,
        'invalid_request_error',
        name,
        'invalid_value',
      );
    }
  }
  return undefined;
}

function stopSequences(stop: unknown): string[] {
  if (typeof stop === 'string') return [stop];
  return Array.isArray(stop) ? stop.filter((item): item is string => typeof item === 'string') : [];
}
