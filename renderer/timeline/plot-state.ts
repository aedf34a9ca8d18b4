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
  /** The model the canvas last drew (to measure first paint once per load). */
  painted: TimelineModel | null;
  appliedSeq: number;
  drag: null | { x: number; y: number; moved: boolean; pointers: Map<number, { x: number; y: number }>; pinch: number };
}

export const newPlotState = (): PlotState => ({
  scale: null, lim: null, hits: [], hover: null, focus: null, theme: null, text: newTextCache(), raf: 0, anim: 0, painted: null, appliedSeq: -1, drag: null,
});
