import { MinHeap } from './heap';

/** Items of one lane spread over rows so that no two items of a row overlap in time. */
export interface Packing {
  /** Each row's items (indices into the model), sorted by start; within a row ends are sorted too. */
  rows: Int32Array[];
  /** The lane's items in chronological order (for keyboard movement and lists). */
  order: Int32Array;
}

/**
 * Greedy interval packing: items in start order, each into the lowest row that
 * is free by then. For intervals this uses as few rows as the busiest moment
 * needs. Done once per data load and lane, in time units, so panning and zooming
 * never move an item between rows; crowding at coarse zoom is the clusterer's job.
 * `order` must be sorted by start, then end.
 */
export function packRows(order: Int32Array, start: Float64Array, end: Float64Array): Packing {
  const busy = new MinHeap(); // key: end of the row's last item, value: row
  const free = new MinHeap(); // key = value = row index, so the lowest free row comes first
  const rows: number[][] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    while (busy.size && busy.peekKey() <= start[i]) {
      const r = busy.pop();
      free.push(r, r);
    }
    let r: number;
    if (free.size) r = free.pop();
    else {
      r = rows.length;
      rows.push([]);
    }
    rows[r].push(i);
    busy.push(end[i], r);
  }
  return { rows: rows.map((r) => Int32Array.from(r)), order };
}

/** Sorts item indices by start, then end (then index, so equal items keep a stable order). */
export function byStart(ids: ArrayLike<number>, start: Float64Array, end: Float64Array): Int32Array {
  const out = Int32Array.from(ids);
  const before = (a: number, b: number) => start[a] - start[b] || end[a] - end[b] || a - b;
  // Lanes arrive nearly in this order (the answer is by date): a linear check often spares the sort.
  let sorted = true;
  for (let k = 1; k < out.length && sorted; k++) sorted = before(out[k - 1], out[k]) < 0;
  if (!sorted) out.sort(before);
  return out;
}

/** Index of the first item in a row whose end is after `day` (rows are sorted by end as well as start). */
export function firstEndingAfter(row: Int32Array, end: Float64Array, day: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[row[mid]] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
