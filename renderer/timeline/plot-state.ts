import { newTextCache, type HitRow, type Target, type TextCache } from './draw';
import type { TimelineModel } from './layout/model';
import type { Scale, ScaleLimits } from './layout/scale';
import type { CanvasTheme } from './theme';

export type Focus = { item: number; track: number };

/** What a frame and the pointer handlers share, kept in a ref so no frame waits for React. */
export interface PlotState {
  scale: Scale | null;
  lim: ScaleLimits | null;
  /** The last frame's rows, for hit-testing. */
  hits: HitRow[];
  hover: Target | null;
  focus: Focus | null;
  theme: CanvasTheme | null;
  text: TextCache;
  raf: number;
  anim: number;
  /** Where a running eased zoom is heading: a second click zooms on from there, not from mid-flight. */
  zoomTo: Scale | null;
  /** The model the canvas last drew (to measure first paint once per load). */
  painted: TimelineModel | null;
  appliedSeq: number;
  /** The window was set by a request (saved view, link) and the user has not moved it since: refit when its data arrives. */
  requested: boolean;
  drag: null | { x: number; y: number; moved: boolean; pointers: Map<number, { x: number; y: number }>; pinch: number };
}

export const newPlotState = (): PlotState => ({
  scale: null, lim: null, hits: [], hover: null, focus: null, theme: null, text: newTextCache(), raf: 0, anim: 0, zoomTo: null, painted: null, appliedSeq: -1, requested: false, drag: null,
});

/** The user moves the window (wheel, drag, keys, buttons): any eased zoom stops and the window is theirs. */
export function userMoves(st: PlotState): void {
  cancelAnimationFrame(st.anim);
  st.zoomTo = null;
  st.requested = false;
}
