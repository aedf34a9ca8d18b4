import { rowOfItem, type TimelineModel } from './model';
import type { Track } from './tracks';

/** Whether a track's items include item i (binary search on start in its chronological order). */
export function trackHas(t: Track, m: TimelineModel, i: number): boolean {
  const o = t.packing.order;
  let lo = 0;
  let hi = o.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.start[o[mid]] < m.start[i]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < o.length && m.start[o[k]] === m.start[i]; k++) if (o[k] === i) return true;
  return false;
}

/** Position of item i in a track's chronological order (-1 if absent). */
export function orderIndex(t: Track, m: TimelineModel, i: number): number {
  const o = t.packing.order;
  let lo = 0;
  let hi = o.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.start[o[mid]] < m.start[i]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < o.length && m.start[o[k]] === m.start[i]; k++) if (o[k] === i) return k;
  return -1;
}

/** The item of a track starting nearest to a day (for moving between lanes). */
export function nearestInTrack(t: Track, m: TimelineModel, day: number): number {
  const o = t.packing.order;
  if (!o.length) return -1;
  let lo = 0;
  let hi = o.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.start[o[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  if (lo === o.length) return o[lo - 1];
  if (lo > 0 && day - m.start[o[lo - 1]] < m.start[o[lo]] - day) return o[lo - 1];
  return o[lo];
}

/**
 * Where item i is drawn: its track (the preferred one if it holds the item,
 * else the first that does) and its shown row, which is the overflow row when
 * the item's own row is folded away.
 */
export function locate(tracks: Track[], m: TimelineModel, i: number, prefer = -1): { track: number; row: number } | null {
  let t = prefer >= 0 && prefer < tracks.length && trackHas(tracks[prefer], m, i) ? prefer : -1;
  if (t < 0) t = tracks.findIndex((x) => trackHas(x, m, i));
  if (t < 0) return null;
  const tr = tracks[t];
  const row = rowOfItem(tr.packing, m, i);
  return { track: t, row: tr.overflow ? Math.min(row, tr.rowsShown - 1) : row };
}
