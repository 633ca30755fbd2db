import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import type { ComparisonPane } from '../../../shared/comparison-schemas.ts';
import { escapeStopSequence } from '../composer/draft-store.ts';

export const minimumPanes = 2;
export const maximumPanes = 6;

export type AnswerView = ComparisonPane['view'];

/**
 * One pane as edited: numbers stay as typed text, like the composer's, so an invalid value is
 * shown back instead of vanishing. Answers and history ids are kept per round.
 */
export interface PaneSettings {
  id: string;
  profileId: string;
  model: string;
  temperature: string;
  maxTokens: string;
  topP: string;
  stop: string;
  stream: boolean;
  view: AnswerView;
  /** The pane's answer in each round; '' where it failed or was not run. */
  answers: string[];
  /** The history entry of each round's call; '' where there is none. */
  historyIds: string[];
}

export type PaneTextField = 'model' | 'temperature' | 'maxTokens' | 'topP' | 'stop';

export function newPane(profileId: string, model: string): PaneSettings {
  return {
    id: crypto.randomUUID(),
    profileId,
    model,
    temperature: '',
    maxTokens: '',
    topP: '',
    stop: '',
    stream: true,
    view: 'markdown',
    answers: [],
    historyIds: [],
  };
}

/** Same settings under a new id, without answers: they were another model's, or another run's. */
export function duplicatePane(pane: PaneSettings): PaneSettings {
  return { ...pane, id: crypto.randomUUID(), answers: [], historyIds: [] };
}

/** A saved pane as editable text. */
export function paneFromSaved(saved: ComparisonPane): PaneSettings {
  return {
    id: saved.id,
    profileId: saved.profileId,
    model: saved.model,
    temperature: optionalText(saved.temperature),
    maxTokens: optionalText(saved.maxTokens),
    topP: optionalText(saved.topP),
    stop: (saved.stop ?? []).map(escapeStopSequence).join(', '),
    stream: saved.stream,
    view: saved.view,
    answers: [...saved.answers],
    historyIds: [...saved.historyIds],
  };
}

/** The pane as the host saves it; `request` is its first-round request, already validated. */
export function savedPaneOf(pane: PaneSettings, request: ChatRequest): ComparisonPane {
  const saved: ComparisonPane = {
    id: pane.id,
    profileId: pane.profileId,
    model: request.model,
    stream: request.stream,
    view: pane.view,
    // A pane added after a round has holes there; the schema wants strings.
    answers: Array.from(pane.answers, (answer) => answer ?? ''),
    historyIds: Array.from(pane.historyIds, (historyId) => historyId ?? ''),
  };
  if (request.temperature !== undefined) saved.temperature = request.temperature;
  if (request.maxTokens !== undefined) saved.maxTokens = request.maxTokens;
  if (request.topP !== undefined) saved.topP = request.topP;
  if (request.stop !== undefined) saved.stop = request.stop;
  return saved;
}

/** Moves one element by `offset` places, clamped to the ends; the same array when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, offset: number): readonly T[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

/** Sets one round's value, filling skipped rounds with ''. */
export function withRound(values: readonly string[], round: number, value: string): string[] {
  const next = Array.from({ length: Math.max(values.length, round + 1) }, (_, index) => values[index] ?? '');
  next[round] = value;
  return next;
}

function optionalText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
