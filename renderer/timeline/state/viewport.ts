import { create } from 'zustand';
import type { Scale } from '../layout/scale';

/**
 * The live viewport, written by the canvas at most once per frame and read by
 * the axis, the text list, saved views and export. Kept apart from the view
 * store so a pan re-renders only what shows the window.
 */
interface ViewportState {
  scale: Scale | null;
  scrollTop: number;
  viewH: number;
  set(v: Partial<Pick<ViewportState, 'scale' | 'scrollTop' | 'viewH'>>): void;
}

export const useViewport = create<ViewportState>((set) => ({
  scale: null,
  scrollTop: 0,
  viewH: 0,
  set: (v) => set(v),
}));
