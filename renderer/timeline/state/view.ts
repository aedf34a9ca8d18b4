import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { LaneBy } from '../../../api/contract/views';
import { LANE_DEPTH } from '../../../api/contract/export';

/** A window to show, in day numbers; `seq` changes each time one is asked for, so asking twice for the same window still moves the view. */
export interface WindowRequest {
  from: number;
  to: number;
  seq: number;
}

interface TimelineViewState {
  laneBy: LaneBy;
  depth: number;
  /** Parent lanes opened by the user (parents start closed, drawing their whole subtree). */
  open: string[];
  /** Lanes showing every row instead of folding extra rows into count badges. */
  full: string[];
  /** A window the canvas should move to (null: fit the data on load). */
  request: WindowRequest | null;
  listOpen: boolean;
  setLaneBy(laneBy: LaneBy): void;
  toggleOpen(key: string): void;
  setOpen(keys: string[]): void;
  toggleFull(key: string): void;
  showWindow(from: number, to: number): void;
  apply(v: { laneBy: LaneBy; depth: number; open: string[]; full: string[]; from: number | null; to: number | null }): void;
  toggleList(): void;
}

const toggled = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
let seq = 0;

/** How the timeline is arranged (not the data, not the filter, which is shared: renderer/state/filters). */
export const useTimelineView = create<TimelineViewState>()(
  persist(
    (set) => ({
      laneBy: 'chain',
      depth: 2,
      open: [],
      full: [],
      request: null,
      listOpen: false,
      // Lane keys differ between groupings, so opened lanes are forgotten.
      setLaneBy: (laneBy) => set({ laneBy, depth: LANE_DEPTH[laneBy], open: [], full: [] }),
      toggleOpen: (key) => set((s) => ({ open: toggled(s.open, key) })),
      setOpen: (open) => set({ open }),
      toggleFull: (key) => set((s) => ({ full: toggled(s.full, key) })),
      showWindow: (from, to) => set({ request: { from, to, seq: ++seq } }),
      apply: (v) =>
        set({
          laneBy: v.laneBy,
          depth: v.depth,
          open: v.open,
          full: v.full,
          request: v.from != null && v.to != null ? { from: v.from, to: v.to, seq: ++seq } : null,
        }),
      toggleList: () => set((s) => ({ listOpen: !s.listOpen })),
    }),
    { name: 'chainline.timeline', version: 2, storage: createJSONStorage(() => localStorage), partialize: (s) => ({ laneBy: s.laneBy, depth: s.depth, listOpen: s.listOpen }) },
  ),
);
