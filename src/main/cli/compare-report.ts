import { displayedTokensPerSecond } from '../../shared/displayed-tokens-per-second.ts';
import type { AppError } from '../../shared/result.ts';
import type { Transcript } from '../../shared/transcript.ts';
import { attemptsJson, shortFailure } from './attempt-lines.ts';
import type { TargetOutcome } from './compare-run.ts';
import { distinctLabels } from './compare-targets.ts';
import { describeFailure, styleFor } from './terminal-output.ts';

/** The `--json` output of `compare`: stable field names, null where nothing is known. */
export function comparisonJson(comparisonId: string, outcomes: readonly TargetOutcome[]) {
  return {
    comparisonId,
    targets: outcomes.map(({ target, profileId, transcript, streamed, costUsd, historyId }) => ({
      target: target.label,
      profileId,
      model: target.model,
      text: transcript.text,
      ...(transcript.reasoning !== '' && { reasoning: transcript.reasoning }),
      finishReason: transcript.finishReason,
      usage: {
        inputTokens: transcript.usage.inputTokens ?? null,
        outputTokens: transcript.usage.outputTokens ?? null,
      },
      timings: {
        firstTokenMs: roundTo(transcript.firstTokenMs, 0),
        totalMs: roundTo(transcript.totalMs, 0),
      },
      tokensPerSecond: roundTo(generationSpeed(transcript, streamed), 1),
      costUsd: costUsd ?? null,
      attempts: attemptsJson(transcript),
      error: transcript.error ?? null,
      historyId: historyId ?? null,
    })),
  };
}

/** Whether each target answered: `ok`, `stopped`, or its error in a few words (`429 rate limited`). */
export function statusCell({ transcript }: TargetOutcome): string {
  if (transcript.status === 'done') return 'ok';
  const error = transcript.error;
  if (!error) return 'no answer';
  return shortError(error);
}

function shortError(error: AppError): string {
  if (error.code === 'cancelled') return 'stopped';
  if (error.code === 'missing-key') return 'no API key';
  if (error.code === 'invalid-base-url') return 'bad base URL';
  // A break after the 200 says nothing by its status; the vendor's error type says what broke.
  if (error.code === 'stream-error') return `stream broke${error.vendorType ? `: ${error.vendorType}` : ''}`;
  return shortFailure(error);
}

/**
 * The fastest (least total time) and the cheapest (least estimated cost) of the targets that
 * answered, as the window's comparison ranks its panes: ties share the mark, and a mark needs at
 * least two values to compare. A failed call is neither: it is quick and cheap because it failed.
 */
export function bestMarks(outcomes: readonly TargetOutcome[]): string[][] {
  const answered = outcomes.filter((outcome) => outcome.transcript.status === 'done');
  const least = (values: (number | undefined)[]) => {
    const known = values.filter((value) => value !== undefined);
    return known.length < 2 ? undefined : Math.min(...known);
  };
  const fastest = least(answered.map((outcome) => outcome.transcript.totalMs));
  const cheapest = least(answered.map((outcome) => outcome.costUsd));
  return outcomes.map((outcome) => {
    if (outcome.transcript.status !== 'done') return [];
    const marks: string[] = [];
    if (fastest !== undefined && outcome.transcript.totalMs === fastest) marks.push('fastest');
    if (cheapest !== undefined && outcome.costUsd === cheapest) marks.push('cheapest');
    return marks;
  });
}

const columns = [
  { title: 'TARGET', alignRight: false },
  { title: 'STATUS', alignRight: false },
  { title: 'FIRST TOKEN', alignRight: true },
  { title: 'TOTAL', alignRight: true },
  { title: 'IN', alignRight: true },
  { title: 'OUT', alignRight: true },
  { title: 'TOKENS/S', alignRight: true },
  { title: 'COST', alignRight: true },
  { title: 'FINISH', alignRight: false },
  { title: 'ATTEMPTS', alignRight: true },
  { title: '', alignRight: false },
];

/** One row per target, the figures side by side; `-` where a figure is unknown. */
export function comparisonTable(outcomes: readonly TargetOutcome[]): string {
  const labels = distinctLabels(outcomes.map((outcome) => outcome.target));
  const marks = bestMarks(outcomes);
  const rows = outcomes.map((outcome, index) => {
    const { transcript } = outcome;
    return [
      labels[index] ?? outcome.target.label,
      statusCell(outcome),
      seconds(transcript.firstTokenMs),
      seconds(transcript.totalMs),
      count(transcript.usage.inputTokens),
      count(transcript.usage.outputTokens),
      rate(generationSpeed(transcript, outcome.streamed)),
      dollars(outcome.costUsd),
      transcript.finishReason ?? '-',
      String(transcript.attempts.length),
      (marks[index] ?? []).join(', '),
    ];
  });
  const all = [columns.map((column) => column.title), ...rows];
  const widths = columns.map((_, index) => Math.max(...all.map((cells) => (cells[index] ?? '').length)));
  return all
    .map((cells) =>
      cells
        .map((cell, index) => {
          const width = widths[index] ?? 0;
          return columns[index]?.alignRight ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Each target's answer under its own heading, and what went wrong where it failed. */
export function answersText(outcomes: readonly TargetOutcome[], style = styleFor(process.stdout)): string {
  const labels = distinctLabels(outcomes.map((outcome) => outcome.target));
  return outcomes
    .map((outcome, index) => {
      const { transcript } = outcome;
      const status = statusCell(outcome);
      const heading = `## ${labels[index]}${status === 'ok' ? '' : ` — ${status}`}`;
      const parts = [heading];
      if (transcript.reasoning !== '') parts.push(style.dim(withNewline(transcript.reasoning)));
      if (transcript.text !== '') parts.push(withNewline(transcript.text));
      else if (transcript.status === 'done') parts.push('(an empty answer)\n');
      if (transcript.error && transcript.error.code !== 'cancelled') {
        parts.push(describeFailure(transcript.error, style));
      }
      return parts.join('\n');
    })
    .join('\n');
}

/** Tokens per second as the window's metrics bar shows it (src/shared/displayed-tokens-per-second.ts). */
export function generationSpeed(transcript: Transcript, streamed: boolean): number | undefined {
  return displayedTokensPerSecond(transcript, streamed);
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function roundTo(value: number | undefined, decimals: number): number | null {
  if (value === undefined) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function seconds(milliseconds: number | undefined): string {
  return milliseconds === undefined ? '-' : `${(milliseconds / 1000).toFixed(2)} s`;
}

function count(value: number | undefined): string {
  return value === undefined ? '-' : String(value);
}

function rate(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(1);
}

/** Cents for dollars, more digits for the fractions of a cent one short answer costs. */
export function dollars(value: number | undefined): string {
  if (value === undefined) return '-';
  if (value === 0) return '$0';
  if (value >= 1) return `$${value.toFixed(2)}`;
  const digits = Math.max(2, 1 - Math.floor(Math.log10(value)) + 1);
  return `$${value.toFixed(Math.min(digits, 8))}`;
}
