/** The failures a vendor can answer with, independent of how each vendor spells them. */
export type VendorErrorKind =
  | 'bad-request'
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'rate-limit'
  | 'quota'
  | 'server'
  | 'overloaded';

export type MockBehaviour =
  | { kind: 'answer'; tokensPerSecond?: number; markdown?: boolean }
  | { kind: 'error'; error: VendorErrorKind }
  | { kind: 'stream-error' }
  | { kind: 'stall' }
  | { kind: 'rate-limit-once' };

export interface MockModel {
  name: string;
  displayName: string;
  behaviour: MockBehaviour;
}

// Listed by /v1/models so a user can pick a fault in the app like any other model.
export const MOCK_MODELS: readonly MockModel[] = [
  { name: 'mock-default', displayName: 'Mock: normal answer', behaviour: { kind: 'answer' } },
  { name: 'mock-fast', displayName: 'Mock: no delay', behaviour: { kind: 'answer', tokensPerSecond: 0 } },
  { name: 'mock-slow', displayName: 'Mock: 5 tokens/s', behaviour: { kind: 'answer', tokensPerSecond: 5 } },
  // Headings, a list, a table and fenced code, to see how answers are drawn without a real model.
  {
    name: 'mock-markdown',
    displayName: 'Mock: Markdown answer',
    behaviour: { kind: 'answer', markdown: true },
  },
  { name: 'mock-error-400', displayName: 'Mock: 400 bad request', behaviour: errorOf('bad-request') },
  { name: 'mock-error-401', displayName: 'Mock: 401 bad key', behaviour: errorOf('authentication') },
  { name: 'mock-error-403', displayName: 'Mock: 403 forbidden', behaviour: errorOf('permission') },
  { name: 'mock-error-404', displayName: 'Mock: 404 unknown model', behaviour: errorOf('not-found') },
  { name: 'mock-error-429', displayName: 'Mock: 429 rate limited', behaviour: errorOf('rate-limit') },
  { name: 'mock-error-quota', displayName: 'Mock: quota exhausted', behaviour: errorOf('quota') },
  { name: 'mock-error-500', displayName: 'Mock: 500 server error', behaviour: errorOf('server') },
  { name: 'mock-overloaded', displayName: 'Mock: overloaded', behaviour: errorOf('overloaded') },
  { name: 'mock-stream-error', displayName: 'Mock: error mid-stream', behaviour: { kind: 'stream-error' } },
  { name: 'mock-stall', displayName: 'Mock: stalls mid-stream', behaviour: { kind: 'stall' } },
  { name: 'mock-429-once', displayName: 'Mock: 429, then fine', behaviour: { kind: 'rate-limit-once' } },
];

export const FAULT_HEADER = 'x-mock-fault';
export const PACE_HEADER = 'x-mock-tokens-per-second';

function errorOf(error: VendorErrorKind): MockBehaviour {
  return { kind: 'error', error };
}

export interface MockControls {
  behaviour: MockBehaviour;
  tokensPerSecond: number;
}

export type MockControlsResult = { ok: true; controls: MockControls } | { ok: false; message: string };

/**
 * Decides what a request gets: the x-mock-fault header wins over the model name, and the pace
 * header wins over the behaviour's own pace, which wins over the server's.
 */
export function readMockControls(
  model: unknown,
  headers: Record<string, string | string[] | undefined>,
  serverTokensPerSecond: number,
): MockControlsResult {
  const faultHeader = firstValue(headers[FAULT_HEADER]);
  let behaviour: MockBehaviour = { kind: 'answer' };
  if (faultHeader !== undefined) {
    const named = findMockModel(faultHeader);
    if (!named) {
      return {
        ok: false,
        message: `Unknown ${FAULT_HEADER} '${faultHeader}'. Known: ${MOCK_MODELS.map((m) => m.name).join(', ')}.`,
      };
    }
    behaviour = named.behaviour;
  } else if (typeof model === 'string') {
    behaviour = findMockModel(model)?.behaviour ?? behaviour;
  }

  const paceHeader = firstValue(headers[PACE_HEADER]);
  let tokensPerSecond = serverTokensPerSecond;
  if (behaviour.kind === 'answer' && behaviour.tokensPerSecond !== undefined) {
    tokensPerSecond = behaviour.tokensPerSecond;
  }
  if (paceHeader !== undefined) {
    const parsed = parseTokensPerSecond(paceHeader);
    if (parsed === undefined) {
      return { ok: false, message: `${PACE_HEADER} must be a number of tokens per second, 0 or more.` };
    }
    tokensPerSecond = parsed;
  }
  return { ok: true, controls: { behaviour, tokensPerSecond } };
}

/** Accepts the model name with or without its `mock-` prefix, in any case. */
export function findMockModel(name: string): MockModel | undefined {
  const wanted = name.trim().toLowerCase();
  return MOCK_MODELS.find((model) => model.name === wanted || model.name === `mock-${wanted}`);
}

export function parseTokensPerSecond(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
