import { firstEndingAfter } from './pack';
import { endOf, type Scale } from './scale';

/**
 * What is drawn for a run of a row's items at the current zoom: one item
 * (count 1) or a cluster badge. `first`..`last` are positions in the row
 * (-1 for the overflow row, which mixes rows).
 */
export interface Mark {
  x0: number;
  x1: number;
  count: number;
  first: number;
  last: number;
}

/** How items become pixels: points are centred on their day, bars span their days. */
export interface ItemGeometry {
  start: Float64Array;
  end: Float64Array;
  /** 1 for a single exact day (drawn as a point of radius POINT_R). */
  point: Uint8Array;
}

export const POINT_R = 4;
export const MIN_BAR = 2;

/** Gap (px) under which neighbours merge into a cluster. */
export const CLUSTER_GAP = 2;

/** A count badge needs room for its digits. */
export const badgeWidth = (count: number): number => 10 + 7 * String(count).length;

// Hot loops call these two instead of allocating a pair per item per frame.
export const x0Of = (g: ItemGeometry, i: number, s: Scale): number =>
  g.point[i] ? (g.start[i] + 0.5 - s.start) * s.pxPerDay - POINT_R : (g.start[i] - s.start) * s.pxPerDay;
export const x1Of = (g: ItemGeometry, i: number, s: Scale, x0: number): number =>
  g.point[i] ? x0 + 2 * POINT_R : Math.max((g.end[i] - s.start) * s.pxPerDay, x0 + MIN_BAR);

export function extentOf(g: ItemGeometry, i: number, s: Scale): [number, number] {
  const x0 = x0Of(g, i, s);
  return [x0, x1Of(g, i, s, x0)];
}

/** Below this width (px) an item cannot show itself apart from its neighbours. */
export const SMALL_PX = 12;

/**
 * Marks for the visible part of one packed row. Small items whose pixels touch
 * merge into a cluster that grows to fit its badge; a long bar is never merged
 * but yields a few pixels (it starts after, or stops before, its neighbour), so
 * nothing drawn overlaps. Zooming in spreads items apart and clusters dissolve.
 * A single item's mark gives the extent to draw, which may be so trimmed.
 */
export function rowMarks(row: Int32Array, g: ItemGeometry, s: Scale, gap = CLUSTER_GAP): Mark[] {
  const marks: Mark[] = [];
  // Start a little left of the window so a cluster straddling the edge keeps its shape.
  const lead = (badgeWidth(99) + POINT_R) / s.pxPerDay;
  const viewEnd = endOf(s);
  let raw1 = -Infinity;
  let cur: Mark | null = null;
  for (let p = firstEndingAfter(row, g.end, s.start - lead); p < row.length; p++) {
    const i = row[p];
    if (g.start[i] > viewEnd + 1) break;
    let x0 = x0Of(g, i, s);
    const x1 = x1Of(g, i, s, x0);
    if (cur && x0 < cur.x1 + gap) {
      const curSmall = cur.count > 1 || cur.x1 - cur.x0 < SMALL_PX;
      if (x1 - (cur.x1 + gap) >= SMALL_PX) {
        x0 = cur.x1 + gap; // a long bar starts where its neighbour's mark ends
      } else if (x1 - x0 < SMALL_PX && !curSmall && x0 - gap - cur.x0 >= SMALL_PX) {
        cur.x1 = x0 - gap; // a long bar stops short of the small item after it
      } else {
        cur.last = p;
        cur.count++;
        raw1 = Math.max(raw1, x1);
        cur.x1 = Math.max(raw1, cur.x0 + badgeWidth(cur.count));
        continue;
      }
    }
    cur = { x0, x1, count: 1, first: p, last: p };
    raw1 = x1;
    marks.push(cur);
  }
  return marks;
}

/**
 * Badges for rows a lane cannot show (it has more rows than its cap): visible
 * items of those rows counted per pixel column, touching columns merged.
 * Linear in items plus width, whatever the rows' overlap.
 */
export function overflowMarks(rows: Int32Array[], g: ItemGeometry, s: Scale, gap = CLUSTER_GAP): Mark[] {
  const w = Math.ceil(s.width) + 2;
  const starts = new Int32Array(w);
  const cover = new Int32Array(w + 1);
  const viewEnd = endOf(s);
  let any = false;
  for (const row of rows) {
    for (let p = firstEndingAfter(row, g.end, s.start); p < row.length; p++) {
      const i = row[p];
      if (g.start[i] >= viewEnd) break;
      const x0 = x0Of(g, i, s);
      const x1 = x1Of(g, i, s, x0);
      const a = Math.max(0, Math.min(w - 1, Math.floor(x0)));
      const b = Math.max(a + 1, Math.min(w, Math.ceil(x1 + gap)));
      starts[a]++;
      cover[a]++;
      cover[b]--;
      any = true;
    }
  }
  const marks: Mark[] = [];
  if (!any) return marks;
  let depth = 0;
  let cur: Mark | null = null;
  for (let x = 0; x < w; x++) {
    depth += cover[x];
    if (depth > 0) {
      if (!cur) {
        const prev: Mark | undefined = marks[marks.length - 1];
        // Touching the previous badge (which may have grown to fit its digits): continue it.
        if (prev && x < prev.x1 + gap) cur = prev;
        else marks.push((cur = { x0: x, x1: x + 1, count: 0, first: -1, last: -1 }));
      }
      cur.count += starts[x];
      cur.x1 = Math.max(cur.x1, x + 1, cur.x0 + badgeWidth(cur.count));
    } else cur = null;
  }
  return marks;
}
