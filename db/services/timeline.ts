import type { Lane, LaneBy, TimelineItem, TimelineResult } from '../../api/contract/views';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { ancestorAt, getTree, pathOf, type TreeName } from '../queries/tree-cache';

const NONE = 'none';

type Pair = { recordId: string; key: string };

// Above this many records, reading a whole link table from its covering index
// and keeping the pairs of shown records beats joining every link to its record.
const SCAN_ABOVE = 2000;

/** (record, key) pairs of a link table for the shown records. */
function linkPairs(db: Db, table: string, recordCol: string, keyCol: string, shown: Set<string>, extra = ''): Pair[] {
  const cond = extra ? ` AND ${extra}` : '';
  if (shown.size > SCAN_ABOVE) {
    const all = stmt(db, `SELECT ${recordCol} AS recordId, ${keyCol} AS key FROM ${table} WHERE 1${cond}`).all() as Pair[];
    return all.filter((p) => shown.has(p.recordId));
  }
  return stmt(db, `SELECT ${recordCol} AS recordId, ${keyCol} AS key FROM ${table} WHERE ${recordCol} IN (SELECT value FROM json_each(?))${cond}`).all(
    JSON.stringify([...shown]),
  ) as Pair[];
}

function treeLanes(db: Db, tree: TreeName, raw: Pair[], depth: number): { lanes: Map<string, Lane>; assign: Pair[] } {
  const t = getTree(db, tree);
  const lanes = new Map<string, Lane>();
  const assign: Pair[] = [];
  for (const p of raw) {
    const lane = ancestorAt(t, p.key, depth);
    if (!lane) continue;
    assign.push({ recordId: p.recordId, key: lane.id });
    for (const n of pathOf(t, lane.id)) {
      if (!lanes.has(n.id)) lanes.set(n.id, { key: n.id, label: n.name, parentKey: n.parentId, depth: n.depth, count: 0 });
    }
  }
  return { lanes, assign };
}

/** Records in the filter's window, each placed in lanes by chain, region, kind or actor. */
/** The precision of date_end, written as '2024', '2024-06' or '2024-06-12' (null without an end). */
const END_PRECISION = `CASE length(r.date_end) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END`;

export function timeline(db: Db, filter: ParsedFilter, laneBy: LaneBy, depth: number, limit: number): TimelineResult {
  const w = recordWhere(db, filter);
  const dated = { sql: `${w.sql} AND r.first_day IS NOT NULL`, params: w.params };
  const rows = db
    .prepare(
      `SELECT r.id, r.kind, r.subkind, r.title, r.first_day AS firstDay, r.last_day AS lastDay, r.precision, ${END_PRECISION} AS endPrecision, r.status
       FROM records r WHERE ${dated.sql} ORDER BY r.first_day, r.id LIMIT ?`,
    )
    .all(...dated.params, limit + 1) as Omit<TimelineItem, 'lanes' | 'planId'>[];
  const truncated = rows.length > limit;
  if (truncated) rows.pop();
  const undated = (db.prepare(`SELECT count(*) AS n FROM records r WHERE ${w.sql} AND r.first_day IS NULL`).get(...w.params) as { n: number }).n;

  const shown = new Set(rows.map((r) => r.id));
  let lanes = new Map<string, Lane>();
  let assign: Pair[] = [];
  if (laneBy === 'kind') {
    for (const k of ['meeting', 'plan', 'measure'] as const) lanes.set(k, { key: k, label: null, labelKey: `kinds.${k}`, parentKey: null, depth: 1, count: 0 });
    assign = rows.map((r) => ({ recordId: r.id, key: r.kind }));
  } else if (laneBy === 'actor') {
    assign = linkPairs(db, 'record_actors', 'record_id', 'actor_id', shown);
    const actorNames = db.prepare(`SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(assign.map((a) => a.key))])) as { id: string; name: string }[];
    for (const a of actorNames) lanes.set(a.id, { key: a.id, label: a.name, parentKey: null, depth: 1, count: 0 });
  } else {
    const raw = laneBy === 'chain' ? linkPairs(db, 'record_chains', 'record_id', 'chain_id', shown) : linkPairs(db, 'record_regions', 'record_id', 'region_id', shown);
    ({ lanes, assign } = treeLanes(db, laneBy === 'chain' ? 'chains' : 'regions', raw, depth));
  }

  const byRecord = new Map<string, Set<string>>();
  for (const a of assign) {
    if (!byRecord.has(a.recordId)) byRecord.set(a.recordId, new Set());
    byRecord.get(a.recordId)!.add(a.key);
  }
  const plans = new Map(linkPairs(db, 'record_links', 'from_id', 'to_id', shown, `relation = 'part-of'`).map((p) => [p.recordId, p.key]));
  const items: TimelineItem[] = rows.map((r) => {
    const keys = [...(byRecord.get(r.id) ?? [NONE])];
    for (const k of keys) {
      if (k === NONE && !lanes.has(NONE)) lanes.set(NONE, { key: NONE, label: null, labelKey: 'lanes.untagged', parentKey: null, depth: 1, count: 0 });
      lanes.get(k)!.count++;
    }
    return { ...r, planId: plans.get(r.id) ?? null, lanes: keys };
  });
  // Parents before children, in tree order, so the renderer can draw nested lanes top to bottom.
  const ordered: Lane[] = [];
  const kids = new Map<string | null, Lane[]>();
  for (const l of lanes.values()) {
    if (!kids.has(l.parentKey)) kids.set(l.parentKey, []);
    kids.get(l.parentKey)!.push(l);
  }
  const walk = (p: string | null) => (kids.get(p) ?? []).forEach((l) => (ordered.push(l), walk(l.key)));
  walk(null);
  return { lanes: ordered, items, undated, truncated };
}
