import { nearestInTrack, orderIndex } from './layout/locate';
import type { TimelineModel } from './layout/model';
import { dayAt, type Scale } from './layout/scale';
import type { Track } from './layout/tracks';

export type KeyAction =
  | { type: 'focus'; item: number; track: number }
  | { type: 'zoom'; factor: number }
  | { type: 'pan'; dx: number }
  | { type: 'scroll'; dy: number }
  | { type: 'open'; item: number }
  | { type: 'fit' }
  | { type: 'blur' };

export interface KeyContext {
  model: TimelineModel;
  tracks: Track[];
  focus: { item: number; track: number } | null;
  scale: Scale;
  /** First track at least partly in view (where focus starts). */
  topTrack: number;
  viewH: number;
}

const ZOOM_STEP = 1.6;

function step(tracks: Track[], from: number, dir: 1 | -1): number {
  for (let t = from + dir; t >= 0 && t < tracks.length; t += dir) if (tracks[t].packing.order.length) return t;
  return -1;
}

/**
 * The timeline's keys: arrows move between records (left/right in time within
 * a lane, up/down to the nearest record of the next lane), Shift+arrows pan,
 * +/− zoom, 0 fits, Enter opens, Escape leaves the records.
 */
export function keyAction(e: { key: string; shiftKey: boolean }, c: KeyContext): KeyAction | null {
  const { model, tracks, focus, scale } = c;
  switch (e.key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    case 'PageDown':
      return { type: 'scroll', dy: c.viewH * 0.9 };
    case 'PageUp':
      return { type: 'scroll', dy: -c.viewH * 0.9 };
    case 'Escape':
      return focus ? { type: 'blur' } : null;
    case 'Enter':
    case ' ':
      return focus ? { type: 'open', item: focus.item } : null;
  }
  const arrow = e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End';
  if (!arrow) return null;
  if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return { type: 'pan', dx: (e.key === 'ArrowLeft' ? 1 : -1) * scale.width * 0.2 };
  if (e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) return { type: 'scroll', dy: (e.key === 'ArrowUp' ? -1 : 1) * 60 };
  if (!focus) {
    // Enter the records at the first lane in view, on the record nearest the window's middle.
    const t = tracks[c.topTrack]?.packing.order.length ? c.topTrack : step(tracks, c.topTrack, 1);
    if (t < 0) return null;
    return { type: 'focus', item: nearestInTrack(tracks[t], model, dayAt(scale, scale.width / 2)), track: t };
  }
  const track = tracks[focus.track];
  const order = track.packing.order;
  const k = orderIndex(track, model, focus.item);
  switch (e.key) {
    case 'ArrowRight':
      return k + 1 < order.length ? { type: 'focus', item: order[k + 1], track: focus.track } : null;
    case 'ArrowLeft':
      return k > 0 ? { type: 'focus', item: order[k - 1], track: focus.track } : null;
    case 'Home':
      return { type: 'focus', item: order[0], track: focus.track };
    case 'End':
      return { type: 'focus', item: order[order.length - 1], track: focus.track };
    case 'ArrowDown':
    case 'ArrowUp': {
      const t = step(tracks, focus.track, e.key === 'ArrowDown' ? 1 : -1);
      return t < 0 ? null : { type: 'focus', item: nearestInTrack(tracks[t], model, model.start[focus.item]), track: t };
    }
  }
  return null;
}
