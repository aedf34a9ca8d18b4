import { create } from 'zustand';
import type { RecordRow } from '../../api/contract/records';
import { api } from '../platform';
import { useFilters } from './filters';
import { createPager, pageRow, type PagedSlice } from './pager';
import { usePrefs } from './prefs';
import { errorMessage } from './toasts';

interface RecordsState extends PagedSlice<RecordRow> {
  /** Asks for rows first..last (inclusive): pages not loaded yet are fetched once scrolling settles. */
  ensure(first: number, last: number): void;
  /** Drops cached pages and refetches what is on screen (after saves, deletes, imports). */
  reload(): void;
}

/** The records table's cache: pages of the current filter and sort. */
export const useRecords = create<RecordsState>(() => ({
  generation: 0,
  total: null,
  pages: new Map(),
  error: null,
  ensure: (first, last) => pager.ensure(first, last),
  reload: () => pager.reload(),
}));

const pager = createPager<RecordRow>(
  useRecords,
  (offset, limit) => api.records.list({ filter: useFilters.getState().filter, sort: usePrefs.getState().recordSort, page: { offset, limit } }),
  errorMessage,
);

export const rowAt = (pages: ReadonlyMap<number, RecordRow[]>, i: number) => pageRow(pages, i);

// A new filter or sort is a new query: start over from the top.
useFilters.subscribe((s, prev) => s.filter !== prev.filter && pager.reload(true));
usePrefs.subscribe((s, prev) => s.recordSort !== prev.recordSort && pager.reload(true));
