import type { ReportData, ReportRow, ReportSource, ReportTableFields } from '../../api/contract/export';
import type { Db } from '../connection';
import type { z } from 'zod';
import type { RecordSort } from '../../api/contract/records';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { ORDER } from './record-list';

type Base = Omit<ReportRow, 'chains' | 'regions' | 'targets' | 'sourceIds' | 'quotes' | 'table'> & Partial<Omit<ReportTableFields, 'tags'>>;

/** Groups `(id, value)` rows of one query by id, keeping their order. */
function grouped<R extends { id: string }, V>(rows: R[], value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    let list = out.get(r.id);
    if (!list) out.set(r.id, (list = []));
    list.push(value(r));
  }
  return out;
}

/** Narrows a record filter to the given records, when given. */
function only(w: { sql: string; params: unknown[] }, ids?: string[]) {
  return ids ? { sql: `${w.sql} AND r.id IN (SELECT value FROM json_each(?))`, params: [...w.params, JSON.stringify(ids)] } : w;
}

/**
 * The records of a printed report in one pass: a PDF of a thousand records
 * must not cost a thousand calls. Related rows are read with the same filter
 * as a subquery, so the cost stays a handful of statements whatever the size.
 */
export function report(
  db: Db,
  filter: ParsedFilter,
  limit: number,
  o: { withUndated?: boolean; ids?: string[]; sort?: z.infer<typeof RecordSort>; tableFields?: boolean } = {},
): ReportData {
  const w = only(recordWhere(db, filter), o.ids);
  // Undated records can be neither inside nor outside a date range: when asked, those matching the rest of the filter come too.
  const loose = o.withUndated && (filter.from || filter.to) ? only(recordWhere(db, { ...filter, from: undefined, to: undefined }), o.ids) : null;
  const where = loose
    ? { sql: `((${w.sql}) AND r.first_day IS NOT NULL OR (${loose.sql}) AND r.first_day IS NULL)`, params: [...w.params, ...loose.params] }
    : w;
  const counts = db
    .prepare(`SELECT count(*) AS n, count(*) - count(r.first_day) AS undated FROM records r WHERE ${where.sql}`)
    .get(...where.params) as { n: number; undated: number };
  const base = db
    .prepare(
      `SELECT r.id, r.kind, r.subkind, r.title, r.date_start AS dateStart, r.date_end AS dateEnd, r.status, r.notes${
        o.tableFields ? ', r.summary, r.place, r.host_body AS hostBody, r.doc_number AS docNumber, r.issued_on AS issuedOn' : ''
      }
       FROM records r WHERE ${where.sql} ORDER BY ${o.sort ? ORDER[o.sort] : 'r.first_day IS NULL, r.first_day, r.last_day, r.title'} LIMIT ?`,
    )
    .all(...where.params, limit) as Base[];
  const ids = JSON.stringify(base.map((r) => r.id));
  const inIds = `IN (SELECT value FROM json_each(?))`;
  const names = (link: string, col: string, table: string) =>
    grouped(
      db.prepare(`SELECT l.record_id AS id, n.name FROM ${link} l JOIN ${table} n ON n.id = l.${col} WHERE l.record_id ${inIds} ORDER BY n.sort, n.name`).all(ids) as {
        id: string;
        name: string;
      }[],
      (r) => r.name,
    );
  const chains = names('record_chains', 'chain_id', 'chains');
  const tags = o.tableFields
    ? grouped(
        db.prepare(`SELECT l.record_id AS id, t.name FROM record_tags l JOIN tags t ON t.id = l.tag_id WHERE l.record_id ${inIds} ORDER BY t.name`).all(ids) as { id: string; name: string }[],
        (r) => r.name,
      )
    : null;
  const regions = names('record_regions', 'region_id', 'regions');
  const targets = grouped(
    db.prepare(`SELECT record_id AS id, metric, value, unit, deadline FROM targets WHERE record_id ${inIds} ORDER BY record_id, sort`).all(ids) as (ReportRow['targets'][number] & {
      id: string;
    })[],
    ({ metric, value, unit, deadline }) => ({ metric, value, unit, deadline }),
  );
  const cites = grouped(
    db
      .prepare(
        `SELECT c.record_id AS id, c.source_id AS sourceId, min(c.rowid) AS first FROM citations c JOIN sources s ON s.id = c.source_id
         WHERE s.deleted_at IS NULL AND c.record_id ${inIds} GROUP BY c.record_id, c.source_id ORDER BY c.record_id, first`,
      )
      .all(ids) as { id: string; sourceId: string }[],
    (r) => r.sourceId,
  );
  const quotes = grouped(
    db
      .prepare(
        `SELECT c.record_id AS id, c.source_id AS sourceId, c.quote, c.note FROM citations c JOIN sources s ON s.id = c.source_id
         WHERE s.deleted_at IS NULL AND c.record_id ${inIds} AND (c.quote <> '' OR c.note <> '') ORDER BY c.record_id, c.rowid`,
      )
      .all(ids) as { id: string; sourceId: string; quote: string; note: string }[],
    ({ sourceId, quote, note }) => ({ sourceId, quote, note }),
  );
  const rows: ReportRow[] = base.map(({ summary, place, hostBody, docNumber, issuedOn, ...r }) => ({
    ...r,
    ...(tags ? { table: { tags: tags.get(r.id) ?? [], summary: summary ?? '', place: place ?? '', hostBody: hostBody ?? '', docNumber: docNumber ?? '', issuedOn: issuedOn ?? null } } : {}),
    chains: chains.get(r.id) ?? [],
    regions: regions.get(r.id) ?? [],
    targets: targets.get(r.id) ?? [],
    sourceIds: cites.get(r.id) ?? [],
    quotes: quotes.get(r.id) ?? [],
  }));
  const sourceIds = [...new Set(rows.flatMap((r) => r.sourceIds))];
  const sources = db
    .prepare(`SELECT id, outlet, title, published_at AS publishedAt, url, reporter, script FROM sources WHERE id ${inIds}`)
    .all(JSON.stringify(sourceIds)) as ReportSource[];
  return { rows, sources, total: counts.n, undated: counts.undated };
}
