import type { LaneLabelKey } from '../../../api/contract/views';
import type { TimelineModel } from './model';
import { packingOf } from './model';
import type { Packing } from './pack';

/** A lane as laid out on screen or paper: which items, how many rows, where. */
export interface Track {
  lane: number;
  key: string;
  /** Null when labelKey names the lane (see laneName). */
  label: string | null;
  labelKey?: LaneLabelKey;
  depth: number;
  hasChildren: boolean;
  open: boolean;
  full: boolean;
  packing: Packing;
  /** Rows drawn; when `overflow`, the last one holds badges for all rows from there on. */
  rowsShown: number;
  overflow: boolean;
  y: number;
  height: number;
}

export interface TrackOptions {
  /** Rows shown before the surplus folds into a badge row (when the lane is not `full`). */
  cap: number;
  rowH: number;
  /** Space above and below a lane's rows. */
  pad: number;
  /** Height of an open parent with no items of its own: just its label. */
  headerH: number;
}

/**
 * The visible lanes, top to bottom: a lane shows when all its ancestors are
 * open. A closed parent draws its whole subtree's items (an overview); an open
 * one only its own, with its children below.
 */
export function buildTracks(m: TimelineModel, open: ReadonlySet<string>, full: ReadonlySet<string>, o: TrackOptions): { tracks: Track[]; height: number } {
  const tracks: Track[] = [];
  const shown = new Uint8Array(m.lanes.length);
  let y = 0;
  m.lanes.forEach((lane, l) => {
    const p = m.parent[l];
    if (p >= 0 && !(shown[p] && open.has(m.lanes[p].key))) return;
    shown[l] = 1;
    const hasChildren = m.children[l].length > 0;
    const isOpen = hasChildren && open.has(lane.key);
    const packing = packingOf(m, l, hasChildren && !isOpen ? 'all' : 'own');
    const isFull = full.has(lane.key);
    const rowsShown = isFull ? packing.rows.length : Math.min(packing.rows.length, o.cap);
    const height = rowsShown ? rowsShown * o.rowH + 2 * o.pad : o.headerH;
    tracks.push({
      lane: l, key: lane.key, label: lane.label, labelKey: lane.labelKey, depth: lane.depth, hasChildren, open: isOpen, full: isFull, packing,
      rowsShown, overflow: !isFull && packing.rows.length > o.cap, y, height,
    });
    y += height;
  });
  return { tracks, height: y };
}

/** The track at a y offset (binary search; tracks are contiguous). */
export function trackAt(tracks: Track[], y: number): number {
  let lo = 0;
  let hi = tracks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tracks[mid];
    if (y < t.y) hi = mid - 1;
    else if (y >= t.y + t.height) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Lanes open before the user opens any: a lone root (全国 above every
 * province) would otherwise fold everything into one lane.
 */
export function defaultOpen(m: TimelineModel): string[] {
  const roots = m.lanes.map((_, i) => i).filter((i) => m.parent[i] < 0);
  return roots.length === 1 && m.children[roots[0]].length ? [m.lanes[roots[0]].key] : [];
}
