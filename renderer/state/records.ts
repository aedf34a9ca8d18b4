import { create } from 'zustand';
import type { RecordRow } from '../../api/contract/records';
import { api } from '../platform';
import { onDataChanged } from './events';
import { useFilters } from './filters';
import { createPager, pageRow, type PagedSlice } from './pager';
import { usePrefs } from './prefs';
import { errorMessage } from './toasts';

interface RecordsState extends PagedSlice<RecordRow> {
  /** Asks for rows first..last (inclusive): pages not loaded yet are fetched once scrolling settles. */
  ensure(first: number, last: number): void;
  /** Refetches what is on screen after the data changed (saves, deletes, imports), keeping the rows shown meanwhile. */
  reload(): void;
  /** Bumped when the query (filter or sort) changes, so the table returns to the top. */
  query: number;
}

/** The records table's cache: pages of the current filter and sort. */
export const useRecords = create<RecordsState>(() => ({
  generation: 0,
  total: null,
  pages: new Map(),
  error: null,
  query: 0,
  ensure: (first, last) => pager.ensure(first, last),
  reload: () => (useRecords.getState().total == null ? pager.reload() : pager.refresh()),
}));

const pager = createPager<RecordRow>(
  useRecords,
  (offset, limit) => api.records.list({ filter: useFilters.getState().filter, sort: usePrefs.getState().recordSort, page: { offset, limit } }),
  errorMessage,
);

export const rowAt = (pages: ReadonlyMap<number, RecordRow[]>, i: number) => pageRow(pages, i);

// A new filter or sort is a new query: start over from the top.
const newQuery = () => {
  useRecords.setState((s) => ({ query: s.query + 1 }));
  pager.reload(true);
};
useFilters.subscribe((s, prev) => s.filter !== prev.filter && newQuery());
usePrefs.subscribe((s, prev) => s.recordSort !== prev.recordSort && newQuery());
onDataChanged(() => useRecords.getState().total != null && pager.refresh());
