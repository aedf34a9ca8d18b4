/** Rows per page of a cache: a tall screen shows about 30 rows, so one page covers several screens. */
export const PAGE = 200;
/** A fling must stop this long before pages are fetched for where it stopped. */
const SETTLE_MS = 70;

export interface PagedSlice<Row> {
  generation: number;
  total: number | null;
  pages: ReadonlyMap<number, Row[]>;
  error: string | null;
}

interface Store<Row> {
  getState(): PagedSlice<Row>;
  setState(patch: Partial<PagedSlice<Row>>): void;
}

/**
 * The paging behind a virtualised list (records, sources): pages are fetched
 * once scrolling settles (a fling would otherwise queue a page for every
 * position it passed, answered in order by the back end), adjacent missing
 * pages in one call (the back end's cost is the sort, not the rows), and
 * answers for an older query (generation) are dropped.
 */
export function createPager<Row>(store: Store<Row>, fetch: (offset: number, limit: number) => Promise<{ total: number; rows: Row[] }>, describe: (err: unknown) => string) {
  let loading = new Set<number>();
  /** Pages fetched for the current generation; others on screen are stale copies shown until replaced. */
  let fresh = new Set<number>();
  let range: [number, number] = [0, PAGE - 1];
  let settle: ReturnType<typeof setTimeout> | undefined;

  function fetchPages(first: number, count: number, generation: number) {
    const done = () => {
      for (let k = 0; k < count; k++) loading.delete(first + k);
    };
    fetch(first * PAGE, count * PAGE).then(
      (res) => {
        if (store.getState().generation !== generation) return;
        done();
        // Stale pages off screen are dropped; they are fetched again if scrolled back to.
        const pages = new Map([...store.getState().pages].filter(([p]) => fresh.has(p) || (p >= Math.floor(range[0] / PAGE) && p <= Math.floor(range[1] / PAGE))));
        for (let k = 0; k < count; k++) {
          pages.set(first + k, res.rows.slice(k * PAGE, (k + 1) * PAGE));
          fresh.add(first + k);
        }
        store.setState({ pages, total: res.total, error: null });
      },
      (err) => {
        if (store.getState().generation !== generation) return;
        done();
        store.setState({ error: describe(err), total: store.getState().total ?? 0 });
      },
    );
  }

  function fetchVisible() {
    const { generation, total, pages } = store.getState();
    const [first, last] = range;
    const lastPage = Math.floor(Math.max(0, total == null ? last : Math.min(last, total - 1)) / PAGE);
    let run: number[] = [];
    const flush = () => {
      if (run.length) fetchPages(run[0], run.length, generation);
      run = [];
    };
    for (let p = Math.floor(first / PAGE); p <= lastPage; p++) {
      if ((pages.has(p) && fresh.has(p)) || loading.has(p)) {
        flush();
        continue;
      }
      loading.add(p);
      run.push(p);
    }
    flush();
  }

  return {
    /** Asks for rows first..last (inclusive). */
    ensure(first: number, last: number) {
      range = [first, last];
      clearTimeout(settle);
      settle = setTimeout(fetchVisible, store.getState().pages.size ? SETTLE_MS : 0);
    },
    /** A new query: drops every page and starts again from the first row. */
    reload(top = false) {
      if (top) range = [0, PAGE - 1];
      loading = new Set();
      fresh = new Set();
      store.setState({ generation: store.getState().generation + 1, pages: new Map(), error: null });
      clearTimeout(settle);
      fetchVisible();
    },
    /** The same query after the data changed: rows on screen stay until their new version arrives (no flash). */
    refresh() {
      loading = new Set();
      fresh = new Set();
      store.setState({ generation: store.getState().generation + 1 });
      clearTimeout(settle);
      fetchVisible();
    },
  };
}

export const pageRow = <Row,>(pages: ReadonlyMap<number, Row[]>, i: number): Row | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
