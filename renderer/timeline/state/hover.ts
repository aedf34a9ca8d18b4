import { create } from 'zustand';
import type { Target } from '../draw';

/** What the pointer is over and where (relative to the plot), for the tooltip alone to re-render. */
interface HoverState {
  target: Target | null;
  x: number;
  y: number;
  set(target: Target | null, x: number, y: number): void;
}

export const useHover = create<HoverState>((set) => ({
  target: null,
  x: 0,
  y: 0,
  set: (target, x, y) => set({ target, x, y }),
}));
