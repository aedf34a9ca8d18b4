import { STATUSES } from '../../../api/contract/common';
import { PRECISIONS, type Lane, type TimelineResult } from '../../../api/contract/views';
import type { ItemGeometry, Mark } from './cluster';
import { byStart, packRows, type Packing } from './pack';
import { monthEnd, monthStart, yearEnd, yearStart } from './time';

export const KINDS = ['meeting', 'plan', 'measure'] as const;

const DAY = PRECISIONS.indexOf('day');
const MONTH = PRECISIONS.indexOf('month');

/**
 * A timeline result turned into flat typed arrays once per load, so that every
 * frame works on numbers: item i's start day, end day (exclusive), kind and how
 * it is drawn, plus each lane's items. The answer's columns are copied in
 * as they come (codes stay codes). Packings are computed on first use and
 * kept for the life of the model.
 */
export interface TimelineModel extends ItemGeometry {
  /** How many items. */
  count: number;
  /** Records' keys, for asking their labels (views.timelineLabels). */
  keys: number[];
  /** Ids and titles as far as loaded (undefined: not yet; '' when the record is gone); the screen loads them for what it shows (labels.ts). */
  ids: (string | undefined)[];
  titles: (string | undefined)[];
  /** Index into KINDS (RECORD_KINDS). */
  kind: Uint8Array;
  /** Codes of the contract's lists, -1 when none: MEETING_KINDS, STATUSES; PRECISIONS of the start date. */
  subkind: Int8Array;
  status: Int8Array;
  precision: Uint8Array;
  /** Index of the item's plan (part-of link), -1 when none is loaded. */
  plan: Int32Array;
  /** Item i's lanes: laneIndex[laneStart[i]] up to laneIndex[laneStart[i + 1]], indexes into lanes. */
  laneStart: Int32Array;
  laneIndex: Int32Array;
  /** 1 when the date is only known to the month or year and covers one such unit: drawn as a faded span, never as a day. */
  vague: Uint8Array;
  /**
   * For a bar whose start or end is known only to the month or year (2023-10 → 2023-11, 2023 → 2025):
   * the days known to be inside it, [sure0, sure1); the rest of the bar is drawn as uncertain.
   * Equal to start and end when both ends are exact days; sure0 >= sure1 when nothing is sure.
   */
  sure0: Float64Array;
  sure1: Float64Array;
  /** 1 when sure0/sure1 cut the bar (a partial end). */
  fuzzy: Uint8Array;
  lanes: Lane[];
  laneOf: Map<string, number>;
  parent: Int32Array;
  children: number[][];
  /** Each lane's own items, in start order. */
  own: Int32Array[];
  /** Day span of all items (min start, max end); [0, 1] when empty. */
  minDay: number;
  maxDay: number;
  packs: Map<string, Packing>;
}

export function buildModel(r: Pick<TimelineResult, 'items' | 'lanes'>): TimelineModel {
  const c = r.items;
  const n = c.firstDay.length;
  const start = Float64Array.from(c.firstDay);
  const end = new Float64Array(n);
  const point = new Uint8Array(n);
  const vague = new Uint8Array(n);
  const sure0 = new Float64Array(n);
  const sure1 = new Float64Array(n);
  const fuzzy = new Uint8Array(n);
  const precision = Uint8Array.from(c.precision);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = start[i];
    const e = (end[i] = c.lastDay[i] + 1);
    const p = precision[i];
    if (p === DAY) point[i] = e - s === 1 ? 1 : 0;
    else vague[i] = (p === MONTH ? monthEnd(s) : yearEnd(s)) >= e ? 1 : 0;
    const ep = c.endPrecision[i] < 0 ? p : c.endPrecision[i];
    // Surely covered: from the latest day the start can be to the earliest day the end can be.
    sure0[i] = p === DAY ? s : (p === MONTH ? monthEnd(s) : yearEnd(s)) - 1;
    sure1[i] = ep === DAY ? e : (ep === MONTH ? monthStart(e - 1) : yearStart(e - 1)) + 1;
    fuzzy[i] = !point[i] && !vague[i] && (sure0[i] > s || sure1[i] < e) ? 1 : 0;
    if (s < minDay) minDay = s;
    if (e > maxDay) maxDay = e;
  }
  // Each lane's items out of the compressed rows: count, then fill.
  const laneStart = Int32Array.from(c.laneStart);
  const laneIndex = Int32Array.from(c.laneIndex);
  const sizes = new Int32Array(r.lanes.length);
  for (const l of laneIndex) sizes[l]++;
  const ownLists = Array.from(sizes, (k) => new Int32Array(k));
  sizes.fill(0);
  for (let i = 0; i < n; i++) for (let q = laneStart[i]; q < laneStart[i + 1]; q++) ownLists[laneIndex[q]][sizes[laneIndex[q]]++] = i;
  const laneOf = new Map(r.lanes.map((l, i) => [l.key, i]));
  const parent = new Int32Array(r.lanes.length).fill(-1);
  const children: number[][] = r.lanes.map(() => []);
  r.lanes.forEach((l, i) => {
    const p = l.parentKey == null ? undefined : laneOf.get(l.parentKey);
    if (p !== undefined) {
      parent[i] = p;
      children[p].push(i);
    }
  });
  return {
    count: n, keys: c.key, ids: c.id ?? new Array(n), titles: c.title ?? new Array(n), start, end, kind: Uint8Array.from(c.kind), subkind: Int8Array.from(c.subkind), status: Int8Array.from(c.status),
    precision, plan: Int32Array.from(c.plan), laneStart, laneIndex, point, vague, sure0, sure1, fuzzy, lanes: r.lanes, laneOf, parent, children,
    own: ownLists.map((l) => byStart(l, start, end)),
    minDay: n ? minDay : 0,
    maxDay: n ? maxDay : 1,
    packs: new Map(),
  };
}

const EXPIRED = STATUSES.indexOf('expired');
const SUPERSEDED = STATUSES.indexOf('superseded');
/** Whether item i is drawn faded: a plan or measure no longer in force. */
export const isFaded = (m: TimelineModel, i: number): boolean => m.status[i] === EXPIRED || m.status[i] === SUPERSEDED;

const indexes = new WeakMap<TimelineModel, Map<string, number>>();

/** The item of a record id, for a model loaded with its ids (print, tests); the map is built on first use. */
export function itemIndex(m: TimelineModel, id: string): number | undefined {
  let map = indexes.get(m);
  if (!map) {
    map = new Map();
    m.ids.forEach((x, i) => x !== undefined && map!.set(x, i));
    indexes.set(m, map);
  }
  return map.get(id);
}

/** Item i's lanes, as indexes into m.lanes. */
export const lanesOfItem = (m: TimelineModel, i: number): Int32Array => m.laneIndex.subarray(m.laneStart[i], m.laneStart[i + 1]);

/** A lane's items and its whole subtree's, each once, in start order. */
export function subtreeItems(m: TimelineModel, lane: number): Int32Array {
  if (!m.children[lane].length) return m.own[lane];
  const seen = new Uint8Array(m.count);
  const visit = (l: number) => {
    for (const i of m.own[l]) seen[i] = 1;
    m.children[l].forEach(visit);
  };
  visit(lane);
  // Collected in item order, which is already start order when the answer came sorted (byStart then only checks).
  const out: number[] = [];
  for (let i = 0; i < seen.length; i++) if (seen[i]) out.push(i);
  return byStart(out, m.start, m.end);
}

/** The packing of a lane's own items ('own') or its whole subtree ('all'), computed once per model. */
export function packingOf(m: TimelineModel, lane: number, mode: 'own' | 'all'): Packing {
  const key = `${lane}:${mode}`;
  let p = m.packs.get(key);
  if (!p) m.packs.set(key, (p = packRows(mode === 'all' ? subtreeItems(m, lane) : m.own[lane], m.start, m.end)));
  return p;
}

/** Which row of a packing holds item i (-1 if none). */
export function rowOfItem(p: Packing, m: ItemGeometry, i: number): number {
  for (let r = 0; r < p.rows.length; r++) {
    const row = p.rows[r];
    let lo = 0;
    let hi = row.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m.start[row[mid]] < m.start[i]) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < row.length && m.start[row[k]] === m.start[i]; k++) if (row[k] === i) return r;
  }
  return -1;
}

/** The pixels of a fuzzy bar's surely covered days, or null when there are none (or the mark is a cluster). */
export function sureSpan(model: TimelineModel, i: number, m: Pick<Mark, 'x0' | 'x1' | 'count'>): [number, number] | null {
  if (!model.fuzzy[i] || m.count > 1) return null;
  const s = model.start[i];
  const span = model.end[i] - s;
  const x = (day: number) => m.x0 + ((day - s) / span) * (m.x1 - m.x0);
  const a = x(Math.max(model.sure0[i], s));
  const b = x(Math.min(model.sure1[i], model.end[i]));
  return b - a >= 1 ? [a, b] : null;
}
