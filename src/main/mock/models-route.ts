import { MOCK_MODELS, readMockControls } from './mock-behaviours.ts';
import { sendJson } from './mock-http.ts';
import { looksLikeAnthropic, type Route } from './route-context.ts';
import { anthropicError, anthropicErrorBody, openAiError, openAiErrorBody } from './vendor-error-bodies.ts';
import {
  anthropicHeaders,
  newAnthropicRequestId,
  newOpenAiRequestId,
  openAiHeaders,
} from './vendor-headers.ts';

// Fixed dates keep the listing identical from run to run.
const CREATED_SECONDS = 1_735_689_600;
const CREATED_AT = '2025-01-01T00:00:00Z';

/**
 * GET /v1/models lists the mock's behaviours, in Anthropic's shape when the caller is an Anthropic
 * client. An x-mock-fault error applies here too, so a profile's connection test can fail on demand.
 */
export const modelsRoute: Route = async (request, response, context) => {
  const anthropic = looksLikeAnthropic(request);
  const requestId = anthropic ? newAnthropicRequestId() : newOpenAiRequestId();
  const headers = anthropic ? anthropicHeaders(requestId, 0) : openAiHeaders(requestId, 0);
  const controls = readMockControls(undefined, request.headers, context.serverTokensPerSecond);

  if (!controls.ok) {
    const body = anthropic
      ? anthropicErrorBody('invalid_request_error', controls.message, requestId)
      : openAiErrorBody(controls.message, 'invalid_request_error');
    return sendJson(response, 400, headers, body, anthropic ? undefined : 2);
  }
  const { behaviour } = controls.controls;
  if (behaviour.kind === 'error') {
    const error = anthropic
      ? anthropicError(behaviour.error, { model: '', requestId })
      : openAiError(behaviour.error, { model: '', requestId });
    return sendJson(response, error.status, headers, error.body, anthropic ? undefined : 2);
  }

  if (anthropic) {
    const data = MOCK_MODELS.map((model) => ({
      type: 'model',
      id: model.name,
      display_name: model.displayName,
      created_at: CREATED_AT,
    }));
    return sendJson(response, 200, headers, {
      data,
      has_more: false,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    });
  }
  return sendJson(response, 200, headers, {
    object: 'list',
    data: MOCK_MODELS.map((model) => ({
      id: model.name,
      object: 'model',
      created: CREATED_SECONDS,
      owned_by: 'promptwire-mock',
    })),
  });
};
