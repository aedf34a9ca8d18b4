import { create } from 'zustand';
import { useFilters } from './filters';

interface SelectionState {
  ids: ReadonlySet<string>;
  /** Row index of the last plain click, for shift-click ranges. */
  anchor: number | null;
  /** Row with keyboard focus in the records table. */
  active: number;
  toggle(id: string, index: number): void;
  /** Adds ids (a shift-click range or "select all matching"). */
  add(ids: string[]): void;
  set(ids: string[]): void;
  clear(): void;
  setActive(i: number): void;
}

export const useSelection = create<SelectionState>((set) => ({
  ids: new Set(),
  anchor: null,
  active: 0,
  toggle: (id, index) =>
    set((s) => {
      const ids = new Set(s.ids);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { ids, anchor: index };
    }),
  add: (more) => set((s) => ({ ids: new Set([...s.ids, ...more]) })),
  set: (ids) => set({ ids: new Set(ids) }),
  clear: () => set({ ids: new Set(), anchor: null }),
  setActive: (active) => set({ active }),
}));

// A selection made under one filter must not silently act on rows the user can no longer see.
useFilters.subscribe((s, prev) => {
  if (s.filter !== prev.filter) useSelection.setState({ ids: new Set(), anchor: null, active: 0 });
});
