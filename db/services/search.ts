import type { RecordHit, SearchResult, SourceHit } from '../../api/contract/search';
import type { Db } from '../open';
import { ftsQuery, queryTerms } from '../text/fts';
import { highlight } from '../text/snippet';

export interface SearchArgs {
  query: string;
  scope: 'all' | 'records' | 'sources';
  limit: number;
  offset: number;
}

// Title hits weigh ten times body hits. bm25 over the bigram columns is what
// orders results; the count is a separate, cheaper statement.
const RANK = `bm25(%t, 10.0, 10.0, 1.0, 1.0)`;

function hits<T>(db: Db, table: 'records' | 'sources', match: string, args: SearchArgs, cols: string): { total: number; rows: T[] } {
  const fts = `${table}_fts`;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${fts} f JOIN ${table} t ON t.seq = f.rowid WHERE ${fts} MATCH ? AND t.deleted_at IS NULL`).get(match) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${cols} FROM ${fts} f JOIN ${table} t ON t.seq = f.rowid
       WHERE ${fts} MATCH ? AND t.deleted_at IS NULL ORDER BY ${RANK.replace('%t', fts)} LIMIT ? OFFSET ?`,
    )
    .all(match, args.limit, args.offset) as T[];
  return { total, rows };
}

export function search(db: Db, args: SearchArgs): SearchResult {
  const match = ftsQuery(args.query);
  const empty = { total: 0, hits: [] };
  const result: SearchResult = { query: args.query, records: empty, sources: empty };
  if (!match) return result;
  const terms = queryTerms(args.query);
  if (args.scope !== 'sources') {
    const r = hits<{ id: string; kind: RecordHit['kind']; title: string; body: string; dateStart: string | null; precision: RecordHit['precision'] }>(
      db, 'records', match, args,
      `t.id, t.kind, t.title, trim(t.summary || ' ' || t.notes) AS body, t.date_start AS dateStart, t.precision`,
    );
    result.records = {
      total: r.total,
      hits: r.rows.map((h) => ({ id: h.id, kind: h.kind, dateStart: h.dateStart, precision: h.precision, title: highlight(h.title, terms, 500), snippet: highlight(h.body, terms) })),
    };
  }
  if (args.scope !== 'records') {
    const s = hits<{ id: string; title: string; body: string; outlet: string; publishedAt: string | null }>(
      db, 'sources', match, args, `t.id, t.title, t.body, t.outlet, t.published_at AS publishedAt`,
    );
    result.sources = {
      total: s.total,
      hits: s.rows.map((h): SourceHit => ({ id: h.id, outlet: h.outlet, publishedAt: h.publishedAt, title: highlight(h.title, terms, 500), snippet: highlight(h.body, terms) })),
    };
  }
  return result;
}
