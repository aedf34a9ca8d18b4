import type { z } from 'zod';
import type { RecordFilter } from '../../api/contract/filters';
import { firstDay, lastDay } from '../../api/dates';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { resolveNodes } from './resolve';
import { rowidSet } from '../text/fts';
import { getTree, subtreeIds } from './tree-cache';

const SIZE_CAP = 10_000;

export type ParsedFilter = z.output<typeof RecordFilter>;

interface LinkSet {
  table: 'record_chains' | 'record_regions' | 'record_tags' | 'record_actors';
  col: string;
  ids: string;
}

export interface SqlWhere {
  /** Conditions on the alias `r` (records), joined with AND. */
  sql: string;
  params: unknown[];
  /**
   * At most how many records can match, when a chain, region, tag or actor set
   * drives the query and it was counted (up to SIZE_CAP); undefined otherwise.
   */
  bound?: number;
}

/**
 * Turns the shared record filter into SQL. Chain and region filters include
 * each node's subtree; node sets are passed as JSON arrays so one statement
 * shape serves any number of nodes.
 */
export function recordWhere(db: Db, f: ParsedFilter, opts: { trashed?: boolean; countLinks?: boolean } = {}): SqlWhere {
  const where: string[] = [opts.trashed ? 'r.deleted_at IS NOT NULL' : 'r.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (f.kinds?.length) {
    where.push(`r.kind IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.kinds));
  }
  if (f.statuses?.length) {
    where.push(`r.status IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.statuses));
  }
  if (f.instruments?.length) {
    where.push(`r.instrument IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.instruments));
  }
  // Dates before links: SQLite tests terms in this order, and a date is read from the row already at hand.
  if (f.from) {
    where.push('r.last_day >= ?');
    params.push(firstDay(f.from));
  }
  if (f.to) {
    where.push('r.first_day <= ?');
    params.push(lastDay(f.to));
  }
  const links: LinkSet[] = [];
  if (f.chains?.length) {
    const ids = subtreeIds(getTree(db, 'chains'), resolveNodes(db, 'chains', f.chains, 'filter.chains'));
    links.push({ table: 'record_chains', col: 'chain_id', ids: JSON.stringify(ids) });
  }
  if (f.regions?.length) {
    const ids = subtreeIds(getTree(db, 'regions'), resolveNodes(db, 'regions', f.regions, 'filter.regions'));
    links.push({ table: 'record_regions', col: 'region_id', ids: JSON.stringify(ids) });
  }
  if (f.tags?.length) {
    const idOf = (name: string) => (stmt(db, `SELECT id FROM tags WHERE name = ?`).get(name) as { id: string } | undefined)?.id;
    if (f.tagMode === 'all') {
      // One set per tag: a record must be in each (an unknown tag matches nothing).
      for (const name of new Set(f.tags)) links.push({ table: 'record_tags', col: 'tag_id', ids: JSON.stringify([idOf(name)].filter(Boolean)) });
    } else {
      const ids = (stmt(db, `SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?))`).all(JSON.stringify(f.tags)) as { id: string }[]).map((t) => t.id);
      links.push({ table: 'record_tags', col: 'tag_id', ids: JSON.stringify(ids) });
    }
  }
  if (f.actors?.length) links.push({ table: 'record_actors', col: 'actor_id', ids: JSON.stringify(f.actors) });
  // The smallest set of linked records drives the query (IN); the others are checked per
  // candidate (EXISTS on the link's index). Otherwise a big set, like every record of a
  // province, would be materialised in full for each query.
  // Counted up to SIZE_CAP: past that a set is big whatever its size, and counting
  // every record of a province cost more than the query it was choosing for.
  const size = (l: LinkSet) =>
    (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${l.table} WHERE ${l.col} IN (SELECT value FROM json_each(?)) LIMIT ${SIZE_CAP})`).get(l.ids) as { n: number }).n;
  // With one set there is nothing to choose: no counting.
  const sized = links.length > 1 || opts.countLinks ? links.map((l) => ({ ...l, n: size(l) })) : links.map((l) => ({ ...l, n: 0 }));
  sized.sort((a, b) => a.n - b.n);
  sized.forEach((l, i) => {
    where.push(
      i === 0
        ? `r.id IN (SELECT record_id FROM ${l.table} WHERE ${l.col} IN (SELECT value FROM json_each(?)))`
        : // The unary + keeps SQLite from probing the primary key once per listed node (19 probes a
          // record for a province and its cities): it reads the record's few links and tests each.
          `EXISTS (SELECT 1 FROM ${l.table} x WHERE x.record_id = r.id AND +x.${l.col} IN (SELECT value FROM json_each(?)))`,
    );
    params.push(l.ids);
  });
  const match = f.text ? rowidSet('records', f.text) : null;
  if (match) {
    where.push(`r.seq IN (${match.sql})`);
    params.push(...match.params);
  }
  return { sql: where.join(' AND '), params, bound: opts.countLinks || sized.length > 1 ? sized[0]?.n : undefined };
}
