import { once } from 'node:events';
import type { HistoryFilter, HistorySummary } from '../../shared/history-schemas.ts';
import { defaultHistoryLimit, entryNotFound } from '../api/history-handlers.ts';
import type { HistoryPort } from '../api/history-port.ts';
import { openHistoryPort } from '../api/open-history-port.ts';
import { resolveDataDirectory } from '../data-directory.ts';
import { parseFlags, parsePositiveInteger, UsageError } from './command-arguments.ts';
import { historyShowText } from './history-show.ts';
import { describeFailure } from './terminal-output.ts';

export const historyHelp = `Usage: promptwire history <list|show|export> [options]

Every request made in the window or with \`promptwire send\` is kept in the data directory.

Commands:
  list [--search TEXT] [--limit N] [--json]
                       the newest calls first: time, model, status, duration, prompt start
  show ID [--json]     one call: its request and its answer; --json prints the whole entry
  export [--search TEXT]
                       every matching call as JSON Lines, newest first:
                       promptwire history export > history.jsonl

Options:
  --search TEXT        full-text search over prompts and answers
  --limit N            how many calls list shows (default ${defaultHistoryLimit})
  --json               print JSON instead of text
  --data-dir DIR       the data directory (default: PROMPTWIRE_DATA_DIR, then the app's own)
  -h, --help           show this help

Exit codes: 0 done, 1 the history could not be read or the id was not found, 2 wrong usage.
`;

const flagSpec = {
  search: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function historyCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h' || action === 'help') {
    (action === undefined ? process.stderr : process.stdout).write(historyHelp);
    return action === undefined ? 2 : 0;
  }
  if (action !== 'list' && action !== 'show' && action !== 'export') {
    throw new UsageError(`unknown history command "${action}"; use list, show or export.`);
  }
  const positionals = rest.filter((word, index) => !word.startsWith('-') && !isFlagValue(rest, index));
  const flags = parseFlags(
    rest.filter((word) => !positionals.includes(word)),
    flagSpec,
  );
  if (flags.help) {
    process.stdout.write(historyHelp);
    return 0;
  }
  const id = positionals[0];
  if (action === 'show' && id === undefined) throw new UsageError('history show needs the id of a call.');
  if (positionals.length > (action === 'show' ? 1 : 0)) {
    throw new UsageError(`unexpected argument "${positionals.at(-1)}".`);
  }
  const limit = parsePositiveInteger('--limit', flags.limit) ?? defaultHistoryLimit;
  const filter: HistoryFilter = flags.search?.trim() ? { search: flags.search.trim() } : {};

  const opened = openHistoryPort(resolveDataDirectory(flags['data-dir']));
  await opened.ready;
  for (const notice of opened.notices()) process.stderr.write(`Note: ${notice}\n`);
  const history = opened.port;
  if (!history) {
    process.stderr.write('Error: the history database could not be opened.\n');
    return 1;
  }
  try {
    if (action === 'list') return await list(history, filter, limit, flags.json);
    if (action === 'export') {
      await exportAll(history, filter);
      return 0;
    }
    const entry = await history.get(id ?? '');
    if (!entry) {
      process.stderr.write(describeFailure(entryNotFound(id ?? '')));
      return 1;
    }
    process.stdout.write(flags.json ? `${JSON.stringify(entry, null, 2)}\n` : historyShowText(entry));
    return 0;
  } finally {
    await opened.close();
  }
}

/** `--search word` takes the next word as its value, which is not a positional. */
function isFlagValue(words: string[], index: number): boolean {
  const previous = words[index - 1];
  return previous === '--search' || previous === '--limit' || previous === '--data-dir';
}

/** Part by part, each written before the next is read: a large history never sits in memory whole. */
async function exportAll(history: HistoryPort, filter: HistoryFilter): Promise<void> {
  let before: string | undefined;
  do {
    const part = await history.exportJsonl(filter, before);
    if (!process.stdout.write(part.jsonl)) await once(process.stdout, 'drain');
    before = part.nextCursor;
  } while (before !== undefined);
}

async function list(
  history: HistoryPort,
  filter: HistoryFilter,
  limit: number,
  json: boolean,
): Promise<number> {
  const page = await history.list({ ...filter, limit });
  if (json) {
    process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    return 0;
  }
  if (page.entries.length === 0) {
    process.stdout.write(filter.search ? 'No calls match.\n' : 'No calls yet.\n');
    return 0;
  }
  const rows = [['ID', 'TIME', 'MODEL', 'STATUS', 'DURATION', 'PROMPT'], ...page.entries.map(row)];
  process.stdout.write(`${table(rows)}\n`);
  if (page.total > page.entries.length) {
    const total = `${page.total}${page.totalAtLeast ? '+' : ''}`;
    process.stdout.write(`(${page.entries.length} of ${total}; --limit shows more)\n`);
  }
  return 0;
}

function row(entry: HistorySummary): string[] {
  const status = entry.httpStatus !== undefined ? `${entry.status} ${entry.httpStatus}` : entry.status;
  return [
    entry.id,
    localTime(entry.startedAt),
    entry.model,
    status,
    entry.durationMs === undefined ? '' : `${(entry.durationMs / 1000).toFixed(1)} s`,
    oneLine(entry.promptPreview, 50),
  ];
}

function localTime(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const cells of rows) {
    for (const [index, cell] of cells.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
  }
  return rows
    .map((cells) =>
      cells
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
