import type { RecordHit, SearchResult, SourceHit } from '../../api/contract/search';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { queryTerms, rowidSet, type FtsKind } from '../text/fts';
import { highlight } from '../text/snippet';

export interface SearchArgs {
  query: string;
  scope: 'all' | 'records' | 'sources';
  limit: number;
  offset: number;
  /** Stop counting past this many hits (tests set it low). */
  countCap?: number;
}

// Ranking must look at every hit before it can return the best few, which
// costs tens of milliseconds for strings found in most of 100,000 articles.
// So hits are ranked (title hits first, then bm25) only when there are few; a
// common string lists the newest rows first, read from the index in order.
export const RANK_LIMIT = 3000;

// Counting every hit of a string found in most of 100,000 articles walks its
// whole index entry: more than the page itself costs. Past this many the count
// stops, and the answer says "at least" (the screen shows 10,000+).
export const COUNT_CAP = 10_000;

interface Page {
  total: number;
  atLeast: boolean;
  seqs: number[];
}

function pageOf(db: Db, kind: FtsKind, query: string, limit: number, offset: number, cap: number): Page {
  const set = rowidSet(kind, query);
  if (!set) return { total: 0, atLeast: false, seqs: [] };
  const counted = (stmt(db, `SELECT count(*) AS n FROM (${set.sql} LIMIT ?)`).get(...set.params, cap + 1) as { n: number }).n;
  const atLeast = counted > cap;
  const total = atLeast ? cap : counted;
  if (!total) return { total, atLeast, seqs: [] };
  let sql: string;
  let params: unknown[];
  if (total <= RANK_LIMIT) {
    // Few hits: title hits first, then bm25 where the table has term positions, then newest.
    const inTitle = rowidSet(kind, query, ['title'])!;
    const table = set.single ? `${kind}_${set.single.table}` : null;
    const score = table ? `bm25(${table}, 10.0, 1.0)` : '0';
    const from = table ? `${table} WHERE ${table} MATCH ?` : `(${set.sql})`;
    sql = `SELECT rowid AS seq, rowid IN (${inTitle.sql}) AS inTitle, ${score} AS score FROM ${from}
           ORDER BY inTitle DESC, score, rowid DESC LIMIT ? OFFSET ?`;
    params = [...inTitle.params, ...(table ? [set.single!.match] : set.params), limit, offset];
  } else {
    sql = `SELECT rowid AS seq FROM (${set.sql}) ORDER BY rowid DESC LIMIT ? OFFSET ?`;
    params = [...set.params, limit, offset];
  }
  return { total, atLeast, seqs: (stmt(db, sql).all(...params) as { seq: number }[]).map((r) => r.seq) };
}

function rowsBySeq<T extends { seq: number }>(db: Db, sql: string, seqs: number[]): T[] {
  const rows = stmt(db, sql).all(JSON.stringify(seqs)) as T[];
  const by = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => by.get(s)).filter((r): r is T => r !== undefined);
}

export function search(db: Db, args: SearchArgs): SearchResult {
  const empty = { total: 0, atLeast: false, hits: [] };
  const result: SearchResult = { query: args.query, records: empty, sources: empty };
  const terms = queryTerms(args.query);
  if (args.scope !== 'sources') {
    const page = pageOf(db, 'records', args.query, args.limit, args.offset, args.countCap ?? COUNT_CAP);
    const rows = rowsBySeq<{ seq: number; id: string; kind: RecordHit['kind']; title: string; body: string; dateStart: string | null; precision: RecordHit['precision'] }>(
      db,
      `SELECT seq, id, kind, title, trim(summary || ' ' || notes) AS body, date_start AS dateStart, precision FROM records WHERE seq IN (SELECT value FROM json_each(?))`,
      page.seqs,
    );
    result.records = {
      total: page.total,
      atLeast: page.atLeast,
      hits: rows.map((h) => ({ id: h.id, kind: h.kind, dateStart: h.dateStart, precision: h.precision, title: highlight(h.title, terms, 500), snippet: highlight(h.body, terms) })),
    };
  }
  if (args.scope !== 'records') {
    const page = pageOf(db, 'sources', args.query, args.limit, args.offset, args.countCap ?? COUNT_CAP);
    const rows = rowsBySeq<{ seq: number; id: string; title: string; body: string; outlet: string; publishedAt: string | null }>(
      db,
      `SELECT seq, id, title, body, outlet, published_at AS publishedAt FROM sources WHERE seq IN (SELECT value FROM json_each(?))`,
      page.seqs,
    );
    result.sources = {
      total: page.total,
      atLeast: page.atLeast,
      hits: rows.map((h): SourceHit => ({ id: h.id, outlet: h.outlet, publishedAt: h.publishedAt, title: highlight(h.title, terms, 500), snippet: highlight(h.body, terms) })),
    };
  }
  return result;
}
