import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import type { HistorySummary } from '../../shared/history-schemas.ts';
import {
  allocateSeq,
  decodeCursor,
  encodeCursor,
  filterToWhere,
  orderColumn,
  promptPreview,
  rowToEntry,
  rowToSummary,
  summaryColumns,
  type WhereClause,
} from './entry-rows.ts';
import {
  applyEvents,
  createLiveEntry,
  defaultRawLimitBytes,
  isTerminal,
  type LiveEntry,
  liveDetail,
  liveStatus,
} from './live-entry.ts';
import { migrate } from './migrations.ts';
import { type HistoryNotice, openDatabase } from './open-database.ts';
import { recoverInterrupted } from './recovery.ts';
import { writeSearchIndex } from './search-index.ts';

export const historyFileName = 'history.sqlite';

import type { HistoryPage, HistoryStore, HistoryStoreOptions } from './store-types.ts';

export type {
  HistoryBeginInput,
  HistoryFinishInput,
  HistoryPage,
  HistoryStore,
  HistoryStoreOptions,
} from './store-types.ts';

// Tokens of the stores open in this thread: recovery must not interrupt a sibling's live entries.
const openTokens = new Set<string>();
const defaultPageSize = 50;
/** Above this many matches a filtered list says "1,000+" instead of counting on. */
export const countCap = 1000;
/** About this many characters of JSONL per export part. */
export const exportPartBytes = 8 * 1024 * 1024;
const dayMs = 86_400_000;

// quick_check reads the whole file: ~60 ms per 1,000 calls. Above this size it would delay every
// start by seconds, so only an unreadable header or schema (which open itself detects) is caught.
const quickCheckUpToBytes = 32 * 1024 * 1024;

function defaultCheck(path: string): 'quick' | 'none' {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size <= quickCheckUpToBytes ? 'quick' : 'none';
}

export function openHistoryStore(dataDirectory: string, options: HistoryStoreOptions = {}): HistoryStore {
  mkdirSync(dataDirectory, { recursive: true });
  const path = join(dataDirectory, historyFileName);
  const notices: HistoryNotice[] = [];
  const rawLimitBytes = options.rawLimitBytes ?? defaultRawLimitBytes;
  const database = openDatabase(
    path,
    options.busyTimeoutMs ?? 5000,
    options.integrityCheck ?? defaultCheck(path),
    notices,
    (opened) => void migrate(opened),
  );
  const recovered = recoverInterrupted(
    database,
    new Set([...openTokens, ...(options.liveTokens ?? [])]),
    Date.now(),
  );
  const token = randomUUID();
  openTokens.add(token);
  const live = new Map<string, LiveEntry>();
  const statements = new Map<string, StatementSync>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = database.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  const transaction = <T>(work: () => T): T => {
    database.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      database.exec('COMMIT');
      return result;
    } catch (error) {
      database.exec('ROLLBACK');
      throw error;
    }
  };
  const summaryOf = (id: string) => {
    const row = statement(`SELECT ${summaryColumns} FROM entries WHERE id = ?`).get(id);
    return row ? rowToSummary(row) : undefined;
  };
  const notify = (id: string) => {
    if (!options.onUpdated) return;
    const summary = summaryOf(id);
    if (summary) options.onUpdated(summary);
  };

  // The raw bytes (up to 2 MB) are rewritten at most this often while a stream runs: rewriting
  // them on every flush made six long streams cost the machine tens of megabytes a second. The
  // text still goes every flush, so a crash loses at most this much of the Raw tab, not the answer.
  const rawEveryMs = 2000;

  function persist(entry: LiveEntry, status: HistorySummary['status']): void {
    const { transcript } = entry;
    const now = Date.now();
    const withRaw = status !== 'streaming' || now - (entry.rawWrittenAt ?? 0) >= rawEveryMs;
    if (withRaw) entry.rawWrittenAt = now;
    const columns = 'status = ?, http_status = ?, duration_ms = ?, detail = ?, text = ?, reasoning = ?';
    const values = [
      status,
      transcript.response?.status ?? null,
      transcript.totalMs ?? null,
      JSON.stringify(liveDetail(entry)),
      transcript.text,
      transcript.reasoning,
    ];
    if (withRaw) {
      statement(`UPDATE entries SET ${columns}, raw = ?, raw_truncated = ? WHERE seq = ?`).run(
        ...values,
        entry.raw,
        entry.rawTruncated ? 1 : 0,
        entry.seq,
      );
    } else statement(`UPDATE entries SET ${columns} WHERE seq = ?`).run(...values, entry.seq);
  }

  function settle(entry: LiveEntry, status: HistorySummary['status']): void {
    transaction(() => {
      persist(entry, status);
      statement('UPDATE entries SET owner_pid = NULL, owner_token = NULL WHERE seq = ?').run(entry.seq);
      writeSearchIndex(database, entry.seq, entry.request, entry.transcript.text);
    });
    live.delete(entry.id);
    notify(entry.id);
  }

  function deleteWhere(where: WhereClause): number {
    // A streaming entry is still being written; deleting it here would let the next flush fail.
    // It can be deleted once it ends.
    const keepLive = "entries.status != 'streaming'";
    const sql = where.sql ? `${where.sql} AND ${keepLive}` : `WHERE ${keepLive}`;
    return transaction(() =>
      Number(
        database
          .prepare(`DELETE FROM entries WHERE seq IN (SELECT entries.seq FROM ${where.from} ${sql})`)
          .run(...where.parameters).changes,
      ),
    );
  }
  /**
   * Counting every match of a common word walks its whole posting list (a second per 100,000
   * entries when joined to a filter), so a filtered count stops at countCap and says "at least";
   * exact is for what must be exact (the number a deletion asks the user to confirm).
   */
  function countMatches(where: WhereClause, exact: boolean): Pick<HistoryPage, 'total' | 'totalAtLeast'> {
    if (!where.sql) return { total: Number(statement('SELECT count(*) AS n FROM entries').get()?.n) };
    const source = where.matchOnly
      ? { sql: 'SELECT 1 FROM entries_fts WHERE entries_fts MATCH ?', parameters: [where.matchOnly] }
      : { sql: `SELECT 1 FROM ${where.from} ${where.sql}`, parameters: where.parameters };
    const limit = exact ? -1 : countCap + 1;
    const counted = Number(
      statement(`SELECT count(*) AS n FROM (${source.sql} LIMIT ?)`).get(...source.parameters, limit)?.n,
    );
    return counted > countCap && !exact ? { total: countCap, totalAtLeast: true } : { total: counted };
  }
  const plain = (sql: string, parameters: SQLInputValue[]): WhereClause => ({
    from: 'entries',
    sql,
    parameters,
  });

  return {
    path,
    notices,
    recovered,
    token,
    begin(input) {
      const id = input.id ?? randomUUID();
      const startedAt = input.startedAt ?? Date.now();
      const entry = transaction(() => {
        const seq = allocateSeq(database, startedAt);
        statement(
          `INSERT INTO entries (seq, id, started_at, source, profile_id, profile_name, format, model, prompt_preview,
             status, owner_pid, owner_token, detail, comparison_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'streaming', ?, ?, '{}', ?)`,
        ).run(
          seq,
          id,
          startedAt,
          input.source,
          input.profileId,
          input.profileName,
          input.format,
          input.model ?? input.request.model,
          promptPreview(input.request),
          process.pid,
          token,
          input.comparisonId ?? null,
        );
        const created = createLiveEntry(seq, id, input.baseUrl, input.request, rawLimitBytes);
        persist(created, 'streaming');
        writeSearchIndex(database, seq, input.request, '');
        return created;
      });
      live.set(id, entry);
      const summary = summaryOf(id) as HistorySummary;
      options.onUpdated?.(summary);
      return summary;
    },
    append(id, events) {
      const entry = live.get(id);
      if (!entry || events.length === 0) return;
      const httpStatusBefore = entry.transcript.response?.status;
      applyEvents(entry, events);
      if (events.some(isTerminal)) {
        settle(entry, liveStatus(entry));
        return;
      }
      persist(entry, 'streaming');
      if (entry.transcript.response?.status !== httpStatusBefore) notify(id);
    },
    finish(id, outcome = {}) {
      const entry = live.get(id);
      if (!entry) {
        if (outcome.costUsd === undefined) return summaryOf(id);
        const row = statement('SELECT detail FROM entries WHERE id = ?').get(id);
        if (!row) return undefined;
        const detail = { ...JSON.parse(String(row.detail)), costUsd: outcome.costUsd };
        statement('UPDATE entries SET detail = ? WHERE id = ?').run(JSON.stringify(detail), id);
        return summaryOf(id);
      }
      if (outcome.costUsd !== undefined) entry.costUsd = outcome.costUsd;
      const streamed = liveStatus(entry);
      settle(entry, outcome.status ?? (streamed === 'streaming' ? 'cancelled' : streamed));
      return summaryOf(id);
    },
    list(filter = {}, limit = defaultPageSize, before, countOptions = {}) {
      const where = filterToWhere(filter);
      const order = orderColumn(where);
      const conditions = [where.sql];
      const parameters = [...where.parameters];
      if (before) {
        conditions.push(`${where.sql ? 'AND' : 'WHERE'} ${order} < ?`);
        parameters.push(decodeCursor(before));
      }
      const rows = statement(
        `SELECT ${summaryColumns} FROM ${where.from} ${conditions.join(' ')} ORDER BY ${order} DESC LIMIT ?`,
      ).all(...parameters, limit + 1);
      const entries = rows.slice(0, limit).map(rowToSummary);
      const last = rows[limit - 1];
      const page: HistoryPage = { entries, total: entries.length };
      if (rows.length > limit && last) page.nextCursor = encodeCursor(last.seq as number);
      // The first page of a short result is its own count; otherwise the matches are counted.
      if (before || page.nextCursor) Object.assign(page, countMatches(where, countOptions.exact === true));
      return page;
    },
    get(id) {
      const row = statement(
        `SELECT ${summaryColumns}, detail, text, reasoning, raw, raw_truncated FROM entries WHERE id = ?`,
      ).get(id);
      return row ? rowToEntry(row) : undefined;
    },
    delete(ids) {
      if (ids.length === 0) return 0;
      return deleteWhere(
        plain('WHERE entries.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]),
      );
    },
    deleteMatching(filter) {
      return deleteWhere(filterToWhere(filter));
    },
    clear() {
      return deleteWhere(plain('', []));
    },
    exportJsonl(filter = {}, before, budgetBytes = exportPartBytes) {
      const where = filterToWhere(filter);
      const order = orderColumn(where);
      const condition = before ? `${where.sql ? 'AND' : 'WHERE'} ${order} < ?` : '';
      const parameters = before ? [...where.parameters, decodeCursor(before)] : where.parameters;
      const rows = statement(
        `SELECT ${summaryColumns}, detail, text, reasoning, raw, raw_truncated FROM ${where.from} ${where.sql}
         ${condition} ORDER BY ${order} DESC`,
      ).iterate(...parameters);
      const lines: string[] = [];
      let bytes = 0;
      let lastSeq = 0;
      const part: { jsonl: string; count: number; nextCursor?: string } = { jsonl: '', count: 0 };
      for (const row of rows) {
        // At least one entry per part, however big, so the export always moves on.
        if (lines.length > 0 && bytes >= budgetBytes) {
          part.nextCursor = encodeCursor(lastSeq);
          break;
        }
        const line = JSON.stringify(rowToEntry(row));
        lines.push(line);
        bytes += line.length;
        lastSeq = row.seq as number;
      }
      part.jsonl = lines.length > 0 ? `${lines.join('\n')}\n` : '';
      part.count = lines.length;
      return part;
    },
    applyRetention(settings, nowMs = Date.now()) {
      let deleted = 0;
      if (settings.retentionDays !== undefined) {
        deleted += deleteWhere(
          plain('WHERE entries.started_at < ?', [nowMs - settings.retentionDays * dayMs]),
        );
      }
      if (settings.retentionEntries !== undefined) {
        deleted += deleteWhere(
          plain('WHERE entries.seq IN (SELECT seq FROM entries ORDER BY seq DESC LIMIT -1 OFFSET ?)', [
            settings.retentionEntries,
          ]),
        );
      }
      return deleted;
    },
    close() {
      // What is still streaming when the host shuts down cleanly did not finish.
      for (const entry of [...live.values()]) settle(entry, 'interrupted');
      openTokens.delete(token);
      database.close();
    },
  };
}
