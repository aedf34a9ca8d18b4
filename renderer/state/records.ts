import { create } from 'zustand';
import type { RecordFilter } from '../../api/contract/filters';
import type { RecordRow } from '../../api/contract/records';
import { api } from '../platform';
import { useFilters } from './filters';
import { usePrefs } from './prefs';
import { errorMessage } from './toasts';

/** Rows per request: large enough to fill a tall screen twice, small enough to answer in one frame budget of the back end. */
export const PAGE = 200;

interface RecordsState {
  /** Bumped on every reset; late answers for an older query are dropped. */
  generation: number;
  total: number | null;
  pages: ReadonlyMap<number, RecordRow[]>;
  error: string | null;
  /** Fetches the pages covering rows first..last (inclusive) that are not loaded yet. */
  ensure(first: number, last: number): void;
  /** Drops cached pages and refetches what is on screen (after saves, deletes, imports). */
  reload(): void;
}

let loading = new Set<number>();
let lastRange: [number, number] = [0, PAGE - 1];

export const useRecords = create<RecordsState>((set, get) => ({
  generation: 0,
  total: null,
  pages: new Map(),
  error: null,
  ensure(first, last) {
    lastRange = [first, last];
    const { generation, total } = get();
    const lastPage = Math.floor(Math.max(0, total == null ? last : Math.min(last, total - 1)) / PAGE);
    for (let p = Math.floor(first / PAGE); p <= lastPage; p++) {
      if (get().pages.has(p) || loading.has(p)) continue;
      loading.add(p);
      fetchPage(p, generation);
    }
  },
  reload() {
    loading = new Set();
    set((s) => ({ generation: s.generation + 1, pages: new Map(), error: null }));
    get().ensure(...lastRange);
  },
}));

function fetchPage(p: number, generation: number) {
  const filter: RecordFilter = useFilters.getState().filter;
  const sort = usePrefs.getState().recordSort;
  api.records
    .list({ filter, sort, page: { offset: p * PAGE, limit: PAGE } })
    .then((page) => {
      if (useRecords.getState().generation !== generation) return;
      loading.delete(p);
      const pages = new Map(useRecords.getState().pages);
      pages.set(p, page.rows);
      useRecords.setState({ pages, total: page.total, error: null });
    })
    .catch((err) => {
      if (useRecords.getState().generation !== generation) return;
      loading.delete(p);
      useRecords.setState({ error: errorMessage(err), total: useRecords.getState().total ?? 0 });
    });
}

export const rowAt = (pages: ReadonlyMap<number, RecordRow[]>, i: number): RecordRow | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];

// A new filter or sort is a new query: start over from the top.
useFilters.subscribe((s, prev) => {
  if (s.filter !== prev.filter) {
    lastRange = [0, PAGE - 1];
    useRecords.getState().reload();
  }
});
usePrefs.subscribe((s, prev) => {
  if (s.recordSort !== prev.recordSort) {
    lastRange = [0, PAGE - 1];
    useRecords.getState().reload();
  }
});
