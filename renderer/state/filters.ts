import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { RecordFilter } from '../../api/contract/filters';

/**
 * The record filter shared by the records table, timeline, dashboard and PDF
 * export. Its shape ({ filter, setFilter(patch), reset() }) is relied on by
 * renderer/timeline and renderer/print: keep it stable.
 */
export interface FiltersState {
  filter: RecordFilter;
  /** Merges the patch; a key set to undefined or an empty array is removed. */
  setFilter(patch: Partial<RecordFilter>): void;
  reset(): void;
}

function clean(f: RecordFilter): RecordFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    // How tags combine means nothing without tags.
    if (k === 'tagMode' && !f.tags?.length) continue;
    out[k] = v;
  }
  return out as RecordFilter;
}

export const useFilters = create<FiltersState>()(
  persist(
    (set) => ({
      filter: {},
      setFilter: (patch) => set((s) => ({ filter: clean({ ...s.filter, ...patch }) })),
      reset: () => set({ filter: {} }),
    }),
    // Kept across restarts: a researcher comes back to the same slice; localStorage works in Electron and browser mode alike.
    { name: 'chainline.filters', version: 1, storage: createJSONStorage(() => localStorage), partialize: (s) => ({ filter: s.filter }) },
  ),
);

/** True when the filter narrows anything. */
export const isFiltering = (f: RecordFilter): boolean => Object.keys(clean(f)).length > 0;
