import { type ChatRequest, chatRequestSchema } from '../../../shared/chat-schemas.ts';
import type { Draft } from './draft-store.ts';

export type IssueKey =
  | 'modelRequired'
  | 'messageEmpty'
  | 'numberRange'
  | 'positiveInteger'
  | 'tooManyStops'
  | 'extraInvalid'
  | 'requestInvalid';

export interface Issue {
  key: IssueKey;
  params?: Record<string, string | number>;
}

export type FieldName = 'model' | 'temperature' | 'maxTokens' | 'topP' | 'stop' | 'extra' | 'request';

export interface DraftIssues {
  fields: Partial<Record<FieldName, Issue>>;
  /** By message id. */
  messages: Record<string, Issue>;
}

export type DraftValidation = { ok: true; request: ChatRequest } | { ok: false; issues: DraftIssues };

export const maxStopSequences = 4;

/** Turns the typed draft into a ChatRequest, or says what is wrong with each field. */
export function validateDraft(draft: Draft): DraftValidation {
  const fields: DraftIssues['fields'] = {};
  const messages: DraftIssues['messages'] = {};

  const model = draft.model.trim();
  if (!model) fields.model = { key: 'modelRequired' };

  for (const message of draft.messages) {
    if (!message.content.trim()) messages[message.id] = { key: 'messageEmpty' };
  }

  const temperature = readDecimal(draft.temperature, 0, 2);
  if (temperature.issue) fields.temperature = temperature.issue;
  const topP = readDecimal(draft.topP, 0, 1);
  if (topP.issue) fields.topP = topP.issue;
  const maxTokens = readPositiveInteger(draft.maxTokens);
  if (maxTokens.issue) fields.maxTokens = maxTokens.issue;

  const stop = parseStopSequences(draft.stop);
  if (stop.length > maxStopSequences) {
    fields.stop = { key: 'tooManyStops', params: { max: maxStopSequences, given: stop.length } };
  }

  const extra = readExtra(draft.extra);
  if (extra.issue) fields.extra = extra.issue;

  if (Object.keys(fields).length > 0 || Object.keys(messages).length > 0) {
    return { ok: false, issues: { fields, messages } };
  }

  const request: ChatRequest = {
    model,
    messages: draft.messages.map(({ role, content }) => ({ role, content })),
    stream: draft.stream,
  };
  if (draft.system.trim()) request.system = draft.system;
  if (temperature.value !== undefined) request.temperature = temperature.value;
  if (topP.value !== undefined) request.topP = topP.value;
  if (maxTokens.value !== undefined) request.maxTokens = maxTokens.value;
  if (stop.length > 0) request.stop = stop;
  if (extra.value) request.extra = extra.value;

  // The shared schema is the host's own check; running it here keeps the two from drifting apart.
  const checked = chatRequestSchema.safeParse(request);
  if (!checked.success) {
    const detail = checked.error.issues.map((issue) => issue.message).join('; ');
    return {
      ok: false,
      issues: { fields: { request: { key: 'requestInvalid', params: { detail } } }, messages },
    };
  }
  return { ok: true, request: checked.data };
}

interface Reading<T> {
  value?: T;
  issue?: Issue;
}

function readDecimal(text: string, min: number, max: number): Reading<number> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  // A decimal comma is what many keyboards type; accepting it beats silently rejecting "0,7".
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || value < min || value > max) {
    return { issue: { key: 'numberRange', params: { min, max } } };
  }
  return { value };
}

function readPositiveInteger(text: string): Reading<number> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 1) return { issue: { key: 'positiveInteger' } };
  return { value };
}

/**
 * Comma- or newline-separated; `\n`, `\t`, `\,` and `\\` stand for a line break, a tab, a comma
 * and a backslash, because a line break is the most common stop sequence and cannot be typed as one.
 */
export function parseStopSequences(text: string): string[] {
  const rawSegments: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    const next = text[index + 1];
    if (character === '\\' && next !== undefined && escapes[next] !== undefined) {
      current += character + next;
      index++;
    } else if (character === ',' || character === '\n') {
      rawSegments.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  rawSegments.push(current);
  // Trimming before unescaping drops separator padding ("###, END") but keeps a written `\n`.
  return rawSegments
    .map((segment) => segment.trim())
    .filter(Boolean)
    .map((segment) => segment.replace(/\\([nt,\\])/g, (_match, code: string) => escapes[code] ?? code));
}

const escapes: Record<string, string> = { n: '\n', t: '\t', ',': ',', '\\': '\\' };

/** A JSON object, or nothing when the field is empty; anything else says what is wrong. */
function readExtra(text: string): Reading<Record<string, unknown>> {
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { issue: { key: 'extraInvalid', params: { detail: (error as Error).message } } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { issue: { key: 'extraInvalid', params: { detail: 'it must be an object, like {"seed": 1}' } } };
  }
  const fields = parsed as Record<string, unknown>;
  return Object.keys(fields).length > 0 ? { value: fields } : {};
}
