import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Comparison,
  type ComparisonSummary,
  comparisonIdSchema,
  comparisonSchema,
} from '../../shared/comparison-schemas.ts';
import { ensurePrivateDirectory, writePrivateFileAtomically } from '../secrets/private-files.ts';

export interface ComparisonStore {
  /** Newest first; a file that cannot be read is left out and said in `problems`. */
  list(): { comparisons: ComparisonSummary[]; problems: string[] };
  get(id: string): { comparison?: Comparison; problem?: string };
  save(comparison: Comparison): ComparisonSummary;
  delete(id: string): boolean;
}

/**
 * Saved comparisons, one JSON file each in `comparisons/` of the data directory: a damaged file
 * costs one comparison, not all of them, and each is written whole (temporary file, then rename).
 */
export function openComparisonStore(dataDirectory: string): ComparisonStore {
  const folder = join(dataDirectory, 'comparisons');
  // The schema keeps ids to safe file names; checked here too, so no caller can reach another file.
  const fileOf = (id: string) => {
    if (!comparisonIdSchema.safeParse(id).success)
      throw new Error(`not a comparison id: ${JSON.stringify(id)}`);
    return join(folder, `${id}.json`);
  };
  const read = (id: string): { comparison?: Comparison; problem?: string } => {
    const file = fileOf(id);
    if (!existsSync(file)) return {};
    try {
      const parsed = comparisonSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) return { comparison: parsed.data };
      return {
        problem: `${file} is not a comparison Promptwire can open (${parsed.error.issues[0]?.message}).`,
      };
    } catch (error) {
      return { problem: `${file} could not be read (${(error as Error).message}).` };
    }
  };
  return {
    list() {
      if (!existsSync(folder)) return { comparisons: [], problems: [] };
      const comparisons: ComparisonSummary[] = [];
      const problems: string[] = [];
      for (const name of readdirSync(folder)) {
        if (!name.endsWith('.json') || !comparisonIdSchema.safeParse(name.slice(0, -5)).success) continue;
        const { comparison, problem } = read(name.slice(0, -'.json'.length));
        if (problem) problems.push(problem);
        if (comparison) comparisons.push(summarize(comparison));
      }
      comparisons.sort((a, b) => b.savedAt - a.savedAt);
      return { comparisons, problems };
    },
    get: read,
    save(comparison) {
      ensurePrivateDirectory(folder);
      writePrivateFileAtomically(fileOf(comparison.id), `${JSON.stringify(comparison, null, 2)}\n`);
      return summarize(comparison);
    },
    delete(id) {
      const file = fileOf(id);
      if (!existsSync(file)) return false;
      rmSync(file);
      return true;
    },
  };
}

function summarize(comparison: Comparison): ComparisonSummary {
  return {
    id: comparison.id,
    name: comparison.name,
    savedAt: comparison.savedAt,
    models: comparison.panes.map((pane) => pane.model),
  };
}
