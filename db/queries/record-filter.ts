import type { z } from 'zod';
import type { RecordFilter } from '../../api/contract/filters';
import { firstDay, lastDay } from '../../api/dates';
import type { Db } from '../open';
import { resolveNodes } from '../services/resolve';
import { rowidSet } from '../text/fts';
import { getTree, subtreeIds } from '../services/tree-cache';

export type ParsedFilter = z.output<typeof RecordFilter>;

export interface SqlWhere {
  /** Conditions on the alias `r` (records), joined with AND. */
  sql: string;
  params: unknown[];
}

/**
 * Turns the shared record filter into SQL. Chain and region filters include
 * each node's subtree; node sets are passed as JSON arrays so one statement
 * shape serves any number of nodes.
 */
export function recordWhere(db: Db, f: ParsedFilter, opts: { trashed?: boolean } = {}): SqlWhere {
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
  if (f.chains?.length) {
    const ids = subtreeIds(getTree(db, 'chains'), resolveNodes(db, 'chains', f.chains, 'filter.chains'));
    where.push(`r.id IN (SELECT record_id FROM record_chains WHERE chain_id IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(ids));
  }
  if (f.regions?.length) {
    const ids = subtreeIds(getTree(db, 'regions'), resolveNodes(db, 'regions', f.regions, 'filter.regions'));
    where.push(`r.id IN (SELECT record_id FROM record_regions WHERE region_id IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(ids));
  }
  if (f.tags?.length) {
    where.push(`r.id IN (SELECT rt.record_id FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE t.name IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(f.tags));
  }
  if (f.actors?.length) {
    where.push(`r.id IN (SELECT record_id FROM record_actors WHERE actor_id IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(f.actors));
  }
  if (f.from) {
    where.push('r.last_day >= ?');
    params.push(firstDay(f.from));
  }
  if (f.to) {
    where.push('r.first_day <= ?');
    params.push(lastDay(f.to));
  }
  const match = f.text ? rowidSet('records', f.text) : null;
  if (match) {
    where.push(`r.seq IN (${match.sql})`);
    params.push(...match.params);
  }
  return { sql: where.join(' AND '), params };
}
