import type { HitRow, Target } from './draw';
import type { Track } from './layout/tracks';

/** Pointer slack (px): a 9-pixel point should not need pixel-perfect aim. */
const SLACK = 3;

/** What lies under (x, y) in the last drawn frame. */
export function hitTest(hits: HitRow[], tracks: Track[], x: number, y: number): Target | null {
  const h = hits.find((r) => y >= r.y0 && y < r.y1);
  if (!h || !tracks[h.track]?.packing.rows[h.row]) return null;
  const marks = h.marks;
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].x1 + SLACK < x) lo = mid + 1;
    else hi = mid;
  }
  const m = marks[lo];
  if (!m || m.x0 - SLACK > x) return null;
  if (h.overflow) return { type: 'overflow', track: h.track, row: h.row, mark: m };
  if (m.count > 1) return { type: 'cluster', track: h.track, row: h.row, mark: m };
  return { type: 'item', item: tracks[h.track].packing.rows[h.row][m.first], track: h.track, row: h.row };
}

export const sameTarget = (a: Target | null, b: Target | null): boolean =>
  a === b ||
  (!!a && !!b && a.type === b.type && a.track === b.track && a.row === b.row &&
    (a.type === 'item' ? a.item === (b as typeof a).item : a.mark.x0 === (b as typeof a).mark.x0 && a.mark.count === (b as typeof a).mark.count));
