import type { CiteSource } from '../../api/contract/export';
import type { Db } from '../connection';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';

const COLUMNS = `s.id, s.title, s.outlet, s.reporter, s.published_at AS publishedAt, s.url, s.script, s.notes`;
const ORDER = `ORDER BY s.published_at IS NULL, s.published_at, s.title, s.id`;

/** A filter that selects nothing in particular: every record (how several tags combine says nothing without tags). */
export function isEmptyFilter(f: ParsedFilter): boolean {
  return Object.entries(f).every(([k, v]) => k === 'tagMode' || v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
}

/**
 * Whole source rows for reference managers: those the records matching the
 * filter cite (live sources and records only), or, when the filter selects
 * nothing in particular, every live source, cited or not: a researcher
 * exporting "everything" expects the articles they have not cited yet too.
 */
export function citedSources(db: Db, filter: ParsedFilter): CiteSource[] {
  if (isEmptyFilter(filter)) return db.prepare(`SELECT ${COLUMNS} FROM sources s WHERE s.deleted_at IS NULL ${ORDER}`).all() as CiteSource[];
  const w = recordWhere(db, filter);
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM sources s WHERE s.deleted_at IS NULL
         AND s.id IN (SELECT c.source_id FROM citations c JOIN records r ON r.id = c.record_id WHERE ${w.sql}) ${ORDER}`,
    )
    .all(...w.params) as CiteSource[];
}
