import { firstDay, lastDay } from '../../api/dates';
import type { Db } from '../../db/open';
import type { ParsedFilter } from '../../db/queries/record-filter';
import { resolveNodes } from '../../db/queries/resolve';
import { ancestorAt, getTree, subtreeIds } from '../../db/queries/tree-cache';

/**
 * The listing and timeline peer: the other common design for a desktop app,
 * every record held in memory as JS objects (loaded once, not timed) and each
 * filter a scan of the array. It answers the same filter (chain and region
 * subtrees, date window overlap) with the same sort.
 */
export interface MemRecord {
  id: string;
  kind: string;
  title: string;
  firstDay: string | null;
  lastDay: string | null;
  chains: string[];
  regions: string[];
}

export function loadAllRecords(db: Db): MemRecord[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.kind, r.title, r.first_day AS firstDay, r.last_day AS lastDay,
         (SELECT json_group_array(chain_id) FROM record_chains WHERE record_id = r.id) AS chains,
         (SELECT json_group_array(region_id) FROM record_regions WHERE record_id = r.id) AS regions
       FROM records r WHERE r.deleted_at IS NULL`,
    )
    .all() as (Omit<MemRecord, 'chains' | 'regions'> & { chains: string; regions: string })[];
  return rows.map((r) => ({ ...r, chains: JSON.parse(r.chains), regions: JSON.parse(r.regions) }));
}

function matcher(db: Db, f: ParsedFilter): (r: MemRecord) => boolean {
  const chains = f.chains?.length ? new Set(subtreeIds(getTree(db, 'chains'), resolveNodes(db, 'chains', f.chains, 'chains'))) : null;
  const regions = f.regions?.length ? new Set(subtreeIds(getTree(db, 'regions'), resolveNodes(db, 'regions', f.regions, 'regions'))) : null;
  const from = f.from ? firstDay(f.from) : null;
  const to = f.to ? lastDay(f.to) : null;
  return (r) =>
    (!chains || r.chains.some((c) => chains.has(c))) &&
    (!regions || r.regions.some((c) => regions.has(c))) &&
    (!from || (r.lastDay !== null && r.lastDay >= from)) &&
    (!to || (r.firstDay !== null && r.firstDay <= to));
}

/** Newest first (undated last), then by title: the records table's default sort. */
export function memList(db: Db, all: MemRecord[], f: ParsedFilter, limit: number): { total: number; rows: MemRecord[] } {
  const hits = all.filter(matcher(db, f));
  hits.sort((a, b) => (a.firstDay === b.firstDay ? (a.title < b.title ? -1 : 1) : a.firstDay === null ? 1 : b.firstDay === null ? -1 : a.firstDay < b.firstDay ? 1 : -1));
  return { total: hits.length, rows: hits.slice(0, limit) };
}

/** Dated records in the filter, oldest first, each with its lane (the chain ancestor at `depth`). */
export function memTimeline(db: Db, all: MemRecord[], f: ParsedFilter, depth: number): { id: string; lanes: string[] }[] {
  const tree = getTree(db, 'chains');
  const match = matcher(db, f);
  const hits = all.filter((r) => r.firstDay !== null && match(r));
  hits.sort((a, b) => (a.firstDay === b.firstDay ? (a.id < b.id ? -1 : 1) : a.firstDay! < b.firstDay! ? -1 : 1));
  return hits.map((r) => ({ id: r.id, lanes: r.chains.map((c) => ancestorAt(tree, c, depth)?.id ?? 'none') }));
}
