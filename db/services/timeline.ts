import { MEETING_KINDS, RECORD_KINDS, STATUSES } from '../../api/contract/common';
import { PRECISIONS, type Lane, type LaneBy, type TimelineColumns, type TimelineLabels, type TimelineResult } from '../../api/contract/views';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { ancestorAt, getTree, pathOf, type TreeName } from '../queries/tree-cache';

const NONE = 'none';

// Above this many records, reading a whole link table from its covering index
// and keeping the pairs of shown records beats joining every link to its record.
const SCAN_ABOVE = 2000;

/** A column's text as its index in a list of codes, in SQL, so no row becomes an object on its way out. */
const codeOf = (col: string, codes: readonly string[]) => `CASE ${col} ${codes.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} ELSE -1 END`;
/** Days since 1970-01-01: a date's Julian day at midnight is n + 0.5, so this is an exact integer (negative before 1970). */
const dayNumber = (col: string) => `CAST(julianday(${col}) - 2440587.5 AS INTEGER)`;
/** The precision of date_end, written as '2024', '2024-06' or '2024-06-12' (-1 without an end). */
const END_PRECISION = `CASE length(r.date_end) WHEN 10 THEN ${PRECISIONS.indexOf('day')} WHEN 7 THEN ${PRECISIONS.indexOf('month')} WHEN 4 THEN ${PRECISIONS.indexOf('year')} ELSE -1 END`;
const COLUMNS = `r.seq, ${dayNumber('r.first_day')}, ${dayNumber('r.last_day')}, ${codeOf('r.kind', RECORD_KINDS)}, ${codeOf('r.subkind', MEETING_KINDS)},
  ${codeOf('r.precision', PRECISIONS)}, ${END_PRECISION}, ${codeOf('r.status', STATUSES)}`;

type Row = [number, number, number, number, number, number, number, number, string?, string?];

/** Item numbers by record seq (-1: not shown). */
class SeqIndex {
  private readonly at: Int32Array;
  constructor(readonly keys: number[]) {
    this.at = new Int32Array(keys.reduce((m, k) => Math.max(m, k), -1) + 1).fill(-1);
    keys.forEach((k, i) => (this.at[k] = i));
  }
  of(seq: number): number {
    return seq < this.at.length ? this.at[seq] : -1;
  }
}

/**
 * (item, key) pairs of a link table for the shown records, as two parallel arrays. `from` joins the
 * link table to its record as `r` (links name records by id; the record's seq comes from the id index
 * without reading the record).
 */
function linkPairs<K>(db: Db, sql: { select: string; from: string; where?: string }, index: SeqIndex): { item: number[]; key: K[] } {
  const where = sql.where ? ` AND ${sql.where}` : '';
  const rows =
    index.keys.length > SCAN_ABOVE
      ? stmt(db, `SELECT r.seq, ${sql.select} FROM ${sql.from} WHERE 1${where}`).raw(true).iterate()
      : stmt(db, `SELECT r.seq, ${sql.select} FROM ${sql.from} WHERE r.seq IN (SELECT value FROM json_each(?))${where}`)
          .raw(true)
          .iterate(JSON.stringify(index.keys));
  const item: number[] = [];
  const key: K[] = [];
  for (const [seq, k] of rows as IterableIterator<[number, K]>) {
    const i = index.of(seq);
    if (i < 0) continue;
    item.push(i);
    key.push(k);
  }
  return { item, key };
}

const byLink = (table: string, col: string) => ({ select: `l.${col}`, from: `${table} l JOIN records r ON r.id = l.record_id` });

/** Lanes met so far, each with a number in order of appearance until they are put in tree order. */
class LaneSet {
  readonly list: Lane[] = [];
  private readonly byKey = new Map<string, number>();
  add(l: Omit<Lane, 'count'>): number {
    let n = this.byKey.get(l.key);
    if (n === undefined) this.byKey.set(l.key, (n = this.list.push({ ...l, count: 0 }) - 1));
    return n;
  }
  get(key: string): number | undefined {
    return this.byKey.get(key);
  }
}

/** Each pair's lane number for a tree: the node's ancestor at `depth` (-1 when it has none), with that lane's path added to the set. */
function treeLanes(db: Db, tree: TreeName, keys: string[], depth: number, lanes: LaneSet): number[] {
  const t = getTree(db, tree);
  // Hundreds of nodes, up to hundreds of thousands of links: resolve each node once.
  const memo = new Map<string, number>();
  return keys.map((key) => {
    let n = memo.get(key);
    if (n === undefined) {
      const lane = ancestorAt(t, key, depth);
      n = -1;
      if (lane) for (const node of pathOf(t, lane.id)) n = lanes.add({ key: node.id, label: node.name, parentKey: node.parentId, depth: node.depth });
      memo.set(key, n);
    }
    return n;
  });
}

/** Parents before children, in the order lanes were met: each lane's new position. */
function treeOrder(lanes: Lane[]): number[] {
  const kids = new Map<string | null, number[]>();
  const known = new Set(lanes.map((l) => l.key));
  lanes.forEach((l, i) => {
    const p = l.parentKey !== null && known.has(l.parentKey) ? l.parentKey : null;
    if (!kids.has(p)) kids.set(p, []);
    kids.get(p)!.push(i);
  });
  const at = new Array<number>(lanes.length).fill(-1);
  let next = 0;
  const walk = (p: string | null) => {
    for (const i of kids.get(p) ?? []) {
      at[i] = next++;
      walk(lanes[i].key);
    }
  };
  walk(null);
  return at;
}

/**
 * Each record's lanes as compressed rows, from (item, lane) pairs: counted, offset, filled. A record
 * in no lane goes to the untagged one; lanes are counted and put in tree order, their numbers with them.
 */
function laneRows(n: number, item: number[], lane: number[], lanes: LaneSet): { lanes: Lane[]; laneStart: number[]; laneIndex: number[] } {
  const per = new Int32Array(n + 1);
  for (let p = 0; p < item.length; p++) if (lane[p] >= 0) per[item[p] + 1]++;
  for (let i = 0; i < n; i++) {
    if (per[i + 1] === 0) {
      per[i + 1] = 1;
      lanes.add({ key: NONE, label: null, labelKey: 'lanes.untagged', parentKey: null, depth: 1 });
    }
    per[i + 1] += per[i];
  }
  const flat = new Int32Array(per[n]);
  const fill = per.slice(0, n);
  for (let p = 0; p < item.length; p++) {
    const l = lane[p];
    if (l < 0) continue;
    const i = item[p];
    // Two tags rolling up to one lane (a province and its city) put the record there once.
    let dup = false;
    for (let q = per[i]; q < fill[i]; q++) if (flat[q] === l) dup = true;
    if (!dup) flat[fill[i]++] = l;
  }
  const none = lanes.get(NONE);
  const order = treeOrder(lanes.list);
  const laneStart = [0];
  const laneIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    if (fill[i] === per[i]) flat[fill[i]++] = none!;
    for (let q = per[i]; q < fill[i]; q++) {
      lanes.list[flat[q]].count++;
      laneIndex.push(order[flat[q]]);
    }
    laneStart.push(laneIndex.length);
  }
  const ordered = new Array<Lane>(lanes.list.length);
  lanes.list.forEach((l, i) => (ordered[order[i]] = l));
  return { lanes: ordered, laneStart, laneIndex };
}

/**
 * Records in the filter's window as columns, each placed in lanes by chain,
 * region, kind or actor. Rows are read as arrays and written into the columns
 * directly: at 100,000 records, an object per record was most of the time and
 * memory of this call.
 */
export function timeline(db: Db, filter: ParsedFilter, laneBy: LaneBy, depth: number, limit: number): TimelineResult & { items: TimelineLabels };
export function timeline(db: Db, filter: ParsedFilter, laneBy: LaneBy, depth: number, limit: number, labels: boolean, labelsUpTo?: number): TimelineResult;
export function timeline(db: Db, filter: ParsedFilter, laneBy: LaneBy, depth: number, limit: number, asked = true, labelsUpTo = 0): TimelineResult {
  const w = recordWhere(db, filter);
  // Few records: their labels cost little, and having them all spares the screen
  // asking for them while the user pans. Counted only as far as the bound.
  const labels =
    asked ||
    (labelsUpTo > 0 &&
      (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM records r WHERE ${w.sql} AND r.first_day IS NOT NULL LIMIT ?)`).pluck().get(...w.params, labelsUpTo + 1) as number) <=
        labelsUpTo);
  const c: TimelineColumns = {
    key: [], firstDay: [], lastDay: [], kind: [], subkind: [], precision: [], endPrecision: [], status: [], plan: [], laneStart: [], laneIndex: [],
  };
  const ids: string[] = [];
  const titles: string[] = [];
  // In the order the renderer packs lanes (start, then end), so each lane's items arrive sorted;
  // ties by seq. The first_day index gives the first term; SQLite sorts only within a day.
  const rows = db
    .prepare(`SELECT ${COLUMNS}${labels ? ', r.id, r.title' : ''} FROM records r WHERE ${w.sql} AND r.first_day IS NOT NULL ORDER BY r.first_day, r.last_day, r.seq LIMIT ?`)
    .raw(true)
    .iterate(...w.params, limit + 1) as IterableIterator<Row>;
  let truncated = false;
  for (const r of rows) {
    if (c.key.length === limit) {
      truncated = true;
      break;
    }
    c.key.push(r[0]);
    c.firstDay.push(r[1]);
    c.lastDay.push(r[2]);
    c.kind.push(r[3]);
    c.subkind.push(r[4]);
    c.precision.push(r[5]);
    c.endPrecision.push(r[6]);
    c.status.push(r[7]);
    if (labels) {
      ids.push(r[8]!);
      titles.push(r[9]!);
    }
  }
  if (labels) Object.assign(c, { id: ids, title: titles });
  const n = c.key.length;
  const undated = (stmt(db, `SELECT count(*) FROM records r WHERE ${w.sql} AND r.first_day IS NULL`).pluck().get(...w.params) as number) ?? 0;

  const index = new SeqIndex(c.key);
  const lanes = new LaneSet();
  let item: number[];
  let lane: number[];
  if (laneBy === 'kind') {
    for (const k of RECORD_KINDS) lanes.add({ key: k, label: null, labelKey: `kinds.${k}`, parentKey: null, depth: 1 });
    item = Array.from(c.kind.keys());
    lane = c.kind;
  } else if (laneBy === 'actor') {
    const pairs = linkPairs<string>(db, byLink('record_actors', 'actor_id'), index);
    const names = new Map(
      stmt(db, `SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?))`)
        .raw(true)
        .all(JSON.stringify([...new Set(pairs.key)])) as [string, string][],
    );
    item = pairs.item;
    lane = pairs.key.map((k) => (names.has(k) ? lanes.add({ key: k, label: names.get(k)!, parentKey: null, depth: 1 }) : -1));
  } else {
    const pairs =
      laneBy === 'chain'
        ? linkPairs<string>(db, byLink('record_chains', 'chain_id'), index)
        : linkPairs<string>(db, byLink('record_regions', 'region_id'), index);
    item = pairs.item;
    lane = treeLanes(db, laneBy === 'chain' ? 'chains' : 'regions', pairs.key, depth, lanes);
  }

  const rowsOf = laneRows(n, item, lane, lanes);
  c.laneStart = rowsOf.laneStart;
  c.laneIndex = rowsOf.laneIndex;

  c.plan = new Array<number>(n).fill(-1);
  const plans = linkPairs<number>(
    db,
    { select: 'p.seq', from: 'record_links l JOIN records r ON r.id = l.from_id JOIN records p ON p.id = l.to_id', where: `l.relation = 'part-of'` },
    index,
  );
  for (let p = 0; p < plans.item.length; p++) c.plan[plans.item[p]] = index.of(plans.key[p]);

  return { lanes: rowsOf.lanes, items: c, undated, truncated };
}

/** Ids and titles by seq, in the order asked (null for a record deleted or trashed since). */
export function timelineLabels(db: Db, keys: number[]): { id: (string | null)[]; title: (string | null)[] } {
  const rows = stmt(db, `SELECT seq, id, title FROM records WHERE seq IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`).raw(true).all(JSON.stringify(keys)) as [
    number,
    string,
    string,
  ][];
  const by = new Map(rows.map((r) => [r[0], r]));
  return { id: keys.map((k) => by.get(k)?.[1] ?? null), title: keys.map((k) => by.get(k)?.[2] ?? null) };
}
