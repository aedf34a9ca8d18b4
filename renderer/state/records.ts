import { create } from 'zustand';
import type { RecordFilter } from '../../api/contract/filters';
import type { RecordRow } from '../../api/contract/records';
import { api } from '../platform';
import { useFilters } from './filters';
import { usePrefs } from './prefs';
import { errorMessage } from './toasts';

/** Rows per page of the cache: a tall screen shows about 30, so one page covers several screens. */
export const PAGE = 200;
/** A fling must stop this long before pages are fetched for where it stopped. */
const SETTLE_MS = 70;

interface RecordsState {
  /** Bumped on every reset; late answers for an older query are dropped. */
  generation: number;
  total: number | null;
  pages: ReadonlyMap<number, RecordRow[]>;
  error: string | null;
  /** Asks for rows first..last (inclusive): pages not loaded yet are fetched once scrolling settles. */
  ensure(first: number, last: number): void;
  /** Drops cached pages and refetches what is on screen (after saves, deletes, imports). */
  reload(): void;
}

let loading = new Set<number>();
let lastRange: [number, number] = [0, PAGE - 1];
let settle: ReturnType<typeof setTimeout> | undefined;

export const useRecords = create<RecordsState>((set, get) => ({
  generation: 0,
  total: null,
  pages: new Map(),
  error: null,
  ensure(first, last) {
    lastRange = [first, last];
    // Waiting for the scroll to settle: a fast fling would otherwise queue a
    // page for every position it passed, and the back end answers in order.
    clearTimeout(settle);
    settle = setTimeout(fetchVisible, get().pages.size ? SETTLE_MS : 0);
  },
  reload() {
    loading = new Set();
    set((s) => ({ generation: s.generation + 1, pages: new Map(), error: null }));
    clearTimeout(settle);
    fetchVisible();
  },
}));

/**
 * Fetches the pages covering the latest visible range that are neither loaded
 * nor on their way, adjacent ones in one call: the back end's cost is the sort,
 * not the rows, so two pages in one call cost about what one does.
 */
function fetchVisible() {
  const { generation, total, pages } = useRecords.getState();
  const [first, last] = lastRange;
  const lastPage = Math.floor(Math.max(0, total == null ? last : Math.min(last, total - 1)) / PAGE);
  let run: number[] = [];
  const flush = () => {
    if (run.length) fetchPages(run[0], run.length, generation);
    run = [];
  };
  for (let p = Math.floor(first / PAGE); p <= lastPage; p++) {
    if (pages.has(p) || loading.has(p)) {
      flush();
      continue;
    }
    loading.add(p);
    run.push(p);
  }
  flush();
}

function fetchPages(firstPage: number, count: number, generation: number) {
  const filter: RecordFilter = useFilters.getState().filter;
  const sort = usePrefs.getState().recordSort;
  const done = () => {
    for (let k = 0; k < count; k++) loading.delete(firstPage + k);
  };
  api.records
    .list({ filter, sort, page: { offset: firstPage * PAGE, limit: count * PAGE } })
    .then((res) => {
      if (useRecords.getState().generation !== generation) return;
      done();
      const pages = new Map(useRecords.getState().pages);
      for (let k = 0; k < count; k++) pages.set(firstPage + k, res.rows.slice(k * PAGE, (k + 1) * PAGE));
      useRecords.setState({ pages, total: res.total, error: null });
    })
    .catch((err) => {
      if (useRecords.getState().generation !== generation) return;
      done();
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
