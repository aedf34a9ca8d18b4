import type { z } from 'zod';
import type { RecordPage, RecordSort } from '../../api/contract/records';
import type { Db } from '../connection';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { recordRows } from './record-read';

export const ORDER: Record<z.infer<typeof RecordSort>, string> = {
  // Undated records come last either way. Newest-first (the default) is written so the
  // first_day index serves it (SQLite sorts NULL lowest, so DESC puts them last by itself).
  date: 'r.first_day IS NULL, r.first_day, r.title',
  '-date': 'r.first_day DESC, r.title',
  // Pinyin order (db/text/sort-key.ts), not code points.
  title: 'r.title_key, r.first_day',
  '-title': 'r.title_key DESC, r.first_day',
  kind: 'r.kind, r.first_day DESC',
  '-kind': 'r.kind DESC, r.first_day DESC',
  updated: 'r.updated_at',
  '-updated': 'r.updated_at DESC',
  sources: '(SELECT count(*) FROM citations c WHERE c.record_id = r.id), r.first_day DESC',
  '-sources': '(SELECT count(*) FROM citations c WHERE c.record_id = r.id) DESC, r.first_day DESC',
};

// Up to this many candidates (the smallest chain, region, tag or actor set of the
// filter), the page and the total come from one query; above it, a count and an
// index-ordered page that stops after LIMIT rows are cheaper than sorting them all.
const ONE_PASS = 8000;

export function listRecords(
  db: Db,
  filter: ParsedFilter,
  sort: z.infer<typeof RecordSort>,
  page: { offset: number; limit: number },
  opts: { trashed?: boolean } = {},
): RecordPage {
  const w = recordWhere(db, filter, { ...opts, countLinks: true });
  const count = () => (db.prepare(`SELECT count(*) AS n FROM records r WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  if (w.bound !== undefined && w.bound <= ONE_PASS) {
    // Few candidates: one pass finds them, counts them and sorts them (the total
    // is a window over every match, taken before LIMIT), rather than one pass for
    // the count and another for the page.
    const rows = db.prepare(`SELECT r.id, count(*) OVER () AS total FROM records r WHERE ${w.sql} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`).all(
      ...w.params, page.limit, page.offset,
    ) as { id: string; total: number }[];
    // A page past the end has no row to carry the total: count apart.
    const total = rows[0]?.total ?? count();
    return { total, rows: recordRows(db, rows.map((r) => r.id)) };
  }
  const total = count();
  const ids = (db.prepare(`SELECT r.id FROM records r WHERE ${w.sql} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`).all(...w.params, page.limit, page.offset) as {
    id: string;
  }[]).map((r) => r.id);
  return { total, rows: recordRows(db, ids) };
}

/** All ids matching a filter (for bulk actions and exports). */
export function recordIds(db: Db, filter: ParsedFilter): string[] {
  const w = recordWhere(db, filter);
  return (db.prepare(`SELECT r.id FROM records r WHERE ${w.sql} ORDER BY r.first_day`).all(...w.params) as { id: string }[]).map((r) => r.id);
}
