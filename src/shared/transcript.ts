import type { StreamEvent, Usage } from './chat-schemas.ts';
import type { AppError } from './result.ts';

export interface ToolCallState {
  index: number;
  id?: string;
  name?: string;
  arguments: string;
}

/** One HTTP request of a call: a retry or a switch to another key sends another. */
export interface AttemptRecord {
  attempt: number;
  startedAtMs: number;
  via?: string;
  status?: number;
  /** Why this attempt failed; unset while it runs and when it brought the answer. */
  error?: AppError;
  /** Set when another attempt followed: how long the runner waited before it. */
  retryInMs?: number;
  nextKeyLastFour?: string;
}

/** Everything a user sees of one call, derived only from its stream events. */
export interface Transcript {
  status: 'waiting' | 'streaming' | 'done' | 'failed';
  text: string;
  reasoning: string;
  toolCalls: ToolCallState[];
  usage: Usage;
  finishReason: string | null;
  error?: AppError;
  /** The latest attempt's request and response; earlier attempts are summarized in `attempts`. */
  request?: Extract<StreamEvent, { type: 'request-sent' }>;
  response?: Extract<StreamEvent, { type: 'response-start' }>;
  attempts: AttemptRecord[];
  rawChunks: string[];
  firstTokenMs?: number;
  totalMs?: number;
}

export function emptyTranscript(): Transcript {
  return {
    status: 'waiting',
    text: '',
    reasoning: '',
    toolCalls: [],
    usage: {},
    finishReason: null,
    attempts: [],
    rawChunks: [],
  };
}

/**
 * Folds one event into the transcript, mutating it in place: a long answer arrives as tens of
 * thousands of deltas, and copying the whole state per delta would be quadratic.
 */
export function applyStreamEvent(transcript: Transcript, event: StreamEvent): Transcript {
  switch (event.type) {
    case 'request-sent': {
      transcript.request = event;
      // A retry has not been answered yet: the previous attempt's response no longer applies.
      delete transcript.response;
      const record: AttemptRecord = {
        attempt: event.attempt ?? transcript.attempts.length + 1,
        startedAtMs: event.atMs,
      };
      if (event.via !== undefined) record.via = event.via;
      transcript.attempts.push(record);
      break;
    }
    case 'response-start': {
      transcript.response = event;
      transcript.status = 'streaming';
      const latest = transcript.attempts.at(-1);
      if (latest) latest.status = event.status;
      break;
    }
    case 'attempt-failed': {
      const record =
        transcript.attempts.find((candidate) => candidate.attempt === event.attempt) ??
        transcript.attempts.at(-1);
      if (record) {
        record.error = event.error;
        record.retryInMs = event.retryInMs;
        if (event.nextKeyLastFour !== undefined) record.nextKeyLastFour = event.nextKeyLastFour;
      }
      // Nothing is streaming while the runner waits for the next attempt.
      transcript.status = 'waiting';
      break;
    }
    case 'text-delta':
    case 'reasoning-delta':
      transcript.firstTokenMs ??= event.atMs;
      if (event.type === 'text-delta') transcript.text += event.text;
      else transcript.reasoning += event.text;
      break;
    case 'tool-call-delta': {
      transcript.firstTokenMs ??= event.atMs;
      let call = transcript.toolCalls.find((candidate) => candidate.index === event.index);
      if (!call) {
        call = { index: event.index, arguments: '' };
        transcript.toolCalls.push(call);
      }
      if (event.id) call.id = event.id;
      if (event.name) call.name = event.name;
      call.arguments += event.argumentsDelta;
      break;
    }
    case 'usage-update':
      transcript.usage = { ...transcript.usage, ...definedOnly(event.usage) };
      break;
    case 'raw-chunk':
      transcript.rawChunks.push(event.text);
      break;
    case 'stream-end':
      transcript.status = 'done';
      transcript.finishReason = event.finishReason;
      transcript.totalMs = event.atMs;
      break;
    case 'stream-error': {
      transcript.status = 'failed';
      transcript.error = event.error;
      transcript.totalMs = event.atMs;
      const latest = transcript.attempts.at(-1);
      if (latest && latest.error === undefined) latest.error = event.error;
      break;
    }
  }
  return transcript;
}

function definedOnly(usage: Usage): Usage {
  return Object.fromEntries(Object.entries(usage).filter(([, value]) => value !== undefined));
}

/** Output tokens per second of generation, counted from the first token; undefined until known. */
export function tokensPerSecond(transcript: Transcript): number | undefined {
  const output = transcript.usage.outputTokens;
  if (output === undefined || transcript.totalMs === undefined || transcript.firstTokenMs === undefined) {
    return undefined;
  }
  const seconds = (transcript.totalMs - transcript.firstTokenMs) / 1000;
  return seconds > 0 ? output / seconds : undefined;
}
