/** Small helpers shared by the benchmarks: percentiles and the printed table. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((left, right) => left - right);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface BenchRow {
  measure: string;
  baseline: string;
  promptwire: string;
  ratio: string;
  target: string;
  verdict: 'met' | 'missed' | 'info';
}

export function printTable(rows: readonly BenchRow[]): void {
  const headers: (keyof BenchRow)[] = ['measure', 'baseline', 'promptwire', 'ratio', 'target', 'verdict'];
  const widths = headers.map((header) => Math.max(header.length, ...rows.map((row) => row[header].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(headers.map((header) => row[header])));
}

export const milliseconds = (value: number) => `${value.toFixed(3)} ms`;
