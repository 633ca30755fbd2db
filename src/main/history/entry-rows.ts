import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { HistoryEntry, HistoryFilter, HistorySummary } from '../../shared/history-schemas.ts';
import { toMatchExpression } from './search-text.ts';

/** The parts of an entry kept as one JSON column: read only when a whole entry is opened. */
export type EntryDetail = Omit<
  HistoryEntry,
  keyof HistorySummary | 'text' | 'reasoning' | 'raw' | 'rawTruncated'
>;

export const summaryColumns =
  'entries.seq, id, started_at, source, profile_id, profile_name, format, model, prompt_preview, status, http_status, duration_ms, comparison_id';

type Row = Record<string, SQLInputValue>;

export function rowToSummary(row: Row): HistorySummary {
  const summary: HistorySummary = {
    id: String(row.id),
    startedAt: Number(row.started_at),
    source: String(row.source) as HistorySummary['source'],
    profileId: String(row.profile_id),
    profileName: String(row.profile_name),
    format: String(row.format) as HistorySummary['format'],
    model: String(row.model),
    promptPreview: String(row.prompt_preview),
    status: String(row.status) as HistorySummary['status'],
  };
  if (row.http_status !== null && row.http_status !== undefined) summary.httpStatus = Number(row.http_status);
  if (row.duration_ms !== null && row.duration_ms !== undefined) summary.durationMs = Number(row.duration_ms);
  if (row.comparison_id !== null && row.comparison_id !== undefined)
    summary.comparisonId = String(row.comparison_id);
  return summary;
}

export function rowToEntry(row: Row): HistoryEntry {
  const detail = JSON.parse(String(row.detail)) as EntryDetail;
  // The columns win over the JSON: they are what status changes and migrations write.
  return {
    ...detail,
    ...rowToSummary(row),
    text: String(row.text),
    reasoning: String(row.reasoning),
    raw: String(row.raw),
    rawTruncated: Number(row.raw_truncated) === 1,
  };
}

/** What search looks at on the prompt side: the system prompt and every message. */
export function promptText(
  request: { system?: string; messages?: { content: string }[] } | undefined,
): string {
  if (!request) return '';
  return [request.system ?? '', ...(request.messages ?? []).map((message) => message.content)].join('\n');
}

const previewLength = 200;

/** The start of the last user message, on one line. */
export function promptPreview(request: { messages: { role: string; content: string }[] }): string {
  const last = request.messages.findLast((message) => message.role === 'user') ?? request.messages.at(-1);
  return (last?.content ?? '').replace(/\s+/gu, ' ').trim().slice(0, previewLength);
}

// Rows are ordered by `seq`, the rowid, which is chosen from the start time (see allocateSeq): so
// "newest first" is the rowid order that both the table and the FTS index walk without sorting,
// and the cursor, the last row's seq, stays stable while rows are added or deleted.
const perMillisecond = 1024;

/** A rowid that sorts like (startedAt, order of insertion): startedAt * 1024 + a counter. */
export function allocateSeq(database: DatabaseSync, startedAt: number): number {
  const base = Math.trunc(startedAt) * perMillisecond;
  const row = database
    .prepare('SELECT max(seq) AS last FROM entries WHERE seq BETWEEN ? AND ?')
    .get(base, base + perMillisecond - 1);
  return row?.last === null || row?.last === undefined ? base : Number(row.last) + 1;
}

export function encodeCursor(seq: number | bigint): string {
  return String(seq);
}

export function decodeCursor(cursor: string): number {
  const seq = Number(cursor);
  if (!/^\d+$/u.test(cursor) || !Number.isSafeInteger(seq))
    throw new Error(`Not a history cursor: ${cursor}`);
  return seq;
}

export interface WhereClause {
  /** The tables: entries, joined to the FTS index when searching. */
  from: string;
  sql: string;
  parameters: SQLInputValue[];
  /** Set when the filter is a search and nothing else: the FTS index alone can count it. */
  matchOnly?: string;
}

/** The WHERE clause for a filter (search, profile, model, status, inclusive date range). */
export function filterToWhere(filter: HistoryFilter = {}): WhereClause {
  const conditions: string[] = [];
  const parameters: SQLInputValue[] = [];
  const match = filter.search ? toMatchExpression(filter.search) : undefined;
  if (match) {
    conditions.push('entries_fts MATCH ?');
    parameters.push(match);
  }
  if (filter.profileId !== undefined) {
    conditions.push('entries.profile_id = ?');
    parameters.push(filter.profileId);
  }
  if (filter.model !== undefined) {
    conditions.push('entries.model = ?');
    parameters.push(filter.model);
  }
  if (filter.comparisonId !== undefined) {
    conditions.push('entries.comparison_id = ?');
    parameters.push(filter.comparisonId);
  }
  if (filter.status !== undefined) {
    conditions.push('entries.status = ?');
    parameters.push(filter.status);
  }
  // The date range is a rowid range: no index on started_at is needed.
  if (filter.from !== undefined) {
    conditions.push('entries.seq >= ?');
    parameters.push(Math.ceil(filter.from) * perMillisecond);
  }
  if (filter.to !== undefined) {
    conditions.push('entries.seq < ?');
    parameters.push((Math.floor(filter.to) + 1) * perMillisecond);
  }
  const clause: WhereClause = {
    // CROSS JOIN keeps the FTS index as the outer loop: probing MATCH once per entry row is far slower.
    from: match ? 'entries_fts CROSS JOIN entries ON entries.seq = entries_fts.rowid' : 'entries',
    sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    parameters,
  };
  if (match && conditions.length === 1) clause.matchOnly = match;
  return clause;
}

/** The column to order by, newest first: the FTS rowid when searching, so FTS5 walks in order. */
export function orderColumn(where: WhereClause): string {
  return where.from === 'entries' ? 'entries.seq' : 'entries_fts.rowid';
}
