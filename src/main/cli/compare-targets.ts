import { UsageError } from './command-arguments.ts';

/** One model to compare: a profile (or preset) id and the model to ask through it. */
export interface ComparisonTarget {
  /** As typed, `openai:gpt-4o`: how the table and the JSON name it. */
  label: string;
  profileId: string;
  model: string;
}

// The window's comparison has 2 to 6 panes; the command line keeps the same bounds.
export const fewestTargets = 2;
export const mostTargets = 6;

/**
 * Reads the --target values. Only the first colon splits: profile ids never hold one, model names
 * often do (`ollama:llama3.1:8b`, `openrouter:deepseek/deepseek-r1:free`).
 */
export function parseTargets(values: readonly string[] | undefined): ComparisonTarget[] {
  const targets = (values ?? []).map(parseTarget);
  if (targets.length < fewestTargets) {
    throw new UsageError(
      `compare needs at least ${fewestTargets} --target flags (PROFILE:MODEL), got ${targets.length}.`,
    );
  }
  if (targets.length > mostTargets) {
    throw new UsageError(`compare takes at most ${mostTargets} --target flags, got ${targets.length}.`);
  }
  return targets;
}

function parseTarget(value: string): ComparisonTarget {
  const label = value.trim();
  const colon = label.indexOf(':');
  const profileId = colon < 0 ? '' : label.slice(0, colon).trim();
  const model = colon < 0 ? '' : label.slice(colon + 1).trim();
  if (profileId === '' || model === '') {
    throw new UsageError(
      `--target "${value}" is not PROFILE:MODEL; write it like openai:gpt-4o or mock:mock-fast.`,
    );
  }
  return { label, profileId, model };
}

/** Labels that tell apart a target given twice (`mock:mock-fast #2`), for headings and rows. */
export function distinctLabels(targets: readonly ComparisonTarget[]): string[] {
  const seen = new Map<string, number>();
  return targets.map(({ label }) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    const repeated = targets.filter((other) => other.label === label).length > 1;
    return repeated ? `${label} #${count}` : label;
  });
}
