import i18next from 'i18next';
import { create } from 'zustand';
import type { SourceDetail, SourceRow } from '../../api/contract/sources';
import { api } from '../platform';
import { dataChanged, onDataChanged } from './app';
import { errorMessage, toast } from './toasts';

const PAGE = 200;
export type SourceSort = '-published' | 'published' | '-created' | 'title';

interface SourcesState {
  text: string;
  sort: SourceSort;
  total: number | null;
  pages: ReadonlyMap<number, SourceRow[]>;
  generation: number;
  error: string | null;
  current: SourceDetail | null;
  currentError: string | null;
  setText(text: string): void;
  setSort(sort: SourceSort): void;
  ensure(first: number, last: number): void;
  reload(): void;
  open(id: string | undefined): Promise<void>;
  /** Cites [start, end) of the open source in a record, then shows the new highlight. */
  cite(recordId: string, recordTitle: string, start: number, end: number): Promise<void>;
  saveNotes(notes: string): Promise<void>;
  remove(id: string): Promise<void>;
}

let loading = new Set<number>();
let lastRange: [number, number] = [0, PAGE - 1];

export const useSources = create<SourcesState>((set, get) => ({
  text: '',
  sort: '-published',
  total: null,
  pages: new Map(),
  generation: 0,
  error: null,
  current: null,
  currentError: null,
  setText(text) {
    set({ text });
    lastRange = [0, PAGE - 1];
    get().reload();
  },
  setSort(sort) {
    set({ sort });
    lastRange = [0, PAGE - 1];
    get().reload();
  },
  ensure(first, last) {
    lastRange = [first, last];
    const { generation, total, text, sort } = get();
    const lastPage = Math.floor(Math.max(0, total == null ? last : Math.min(last, total - 1)) / PAGE);
    for (let p = Math.floor(first / PAGE); p <= lastPage; p++) {
      if (get().pages.has(p) || loading.has(p)) continue;
      loading.add(p);
      api.sources
        .list({ text: text.trim() || undefined, sort, page: { offset: p * PAGE, limit: PAGE } })
        .then((res) => {
          if (get().generation !== generation) return;
          loading.delete(p);
          const pages = new Map(get().pages);
          pages.set(p, res.rows);
          set({ pages, total: res.total, error: null });
        })
        .catch((err) => {
          if (get().generation !== generation) return;
          loading.delete(p);
          set({ error: errorMessage(err), total: get().total ?? 0 });
        });
    }
  },
  reload() {
    loading = new Set();
    set((s) => ({ generation: s.generation + 1, pages: new Map(), error: null }));
    get().ensure(...lastRange);
  },
  async open(id) {
    if (!id) {
      set({ current: null, currentError: null });
      return;
    }
    if (get().current?.id !== id) set({ current: null, currentError: null });
    try {
      set({ current: await api.sources.get({ id }), currentError: null });
    } catch (err) {
      set({ current: null, currentError: errorMessage(err) });
    }
  },
  async cite(recordId, recordTitle, start, end) {
    const cur = get().current;
    if (!cur) return;
    await api.citations.add({ recordId, sourceId: cur.id, start, end });
    toast(i18next.t('toast.cited', { title: recordTitle }));
    await get().open(cur.id);
    dataChanged();
  },
  async saveNotes(notes) {
    const cur = get().current;
    if (!cur) return;
    set({ current: await api.sources.update({ id: cur.id, notes }) });
    toast(i18next.t('toast.saved'));
  },
  async remove(id) {
    await api.sources.delete({ ids: [id] });
    set({ current: null });
    get().reload();
    toast(i18next.t('toast.deleted', { count: 1 }), {
      label: i18next.t('common.undo'),
      run: async () => {
        await api.sources.restore({ ids: [id] });
        get().reload();
      },
    });
  },
}));

export const sourceRowAt = (pages: ReadonlyMap<number, SourceRow[]>, i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE];

// Citation counts change when records are saved or deleted elsewhere.
onDataChanged(() => {
  const s = useSources.getState();
  if (s.generation > 0) s.reload();
});
