import i18next from 'i18next';
import { create } from 'zustand';
import type { RecleanResult, SourceDetail, SourceRow, SourceVersion } from '../../api/contract/sources';
import { api } from '../platform';
import { dataChanged, onDataChanged } from './events';
import { createPager, pageRow, type PagedSlice } from './pager';
import { errorMessage, toast } from './toasts';

export type SourceEdit = Omit<Parameters<typeof api.sources.update>[0], 'id'>;

export type SourceSort = '-published' | 'published' | '-created' | 'title';

interface SourcesState extends PagedSlice<SourceRow> {
  text: string;
  sort: SourceSort;
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
  /** Saves corrected metadata of the open source (each change is kept in its history). */
  saveMeta(fields: SourceEdit): Promise<void>;
  /** Cleans the open source again from its original; citations are re-anchored or flagged. */
  reclean(): Promise<RecleanResult | null>;
  history(id: string): Promise<SourceVersion[]>;
  original(id: string): Promise<{ raw: string; format: string }>;
  remove(id: string): Promise<void>;
}

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
    pager.reload(true);
  },
  setSort(sort) {
    set({ sort });
    pager.reload(true);
  },
  ensure: (first, last) => pager.ensure(first, last),
  reload: () => (useSources.getState().total == null ? pager.reload() : pager.refresh()),
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
  async saveMeta(fields) {
    const cur = get().current;
    if (!cur) return;
    set({ current: await api.sources.update({ id: cur.id, ...fields }) });
    toast(i18next.t('toast.saved'));
    get().reload();
    dataChanged();
  },
  async reclean() {
    const cur = get().current;
    if (!cur) return null;
    const r = await api.sources.reclean({ id: cur.id });
    toast(r.changed ? i18next.t('sourceEdit.recleanDone', { reanchored: r.reanchored, lost: r.unanchored.length }) : i18next.t('sourceEdit.recleanUnchanged'));
    await get().open(cur.id);
    if (r.changed) dataChanged();
    return r;
  },
  history: (id) => api.sources.history({ id }),
  original: (id) => api.sources.original({ id }),
  async remove(id) {
    const title = get().current?.id === id ? get().current!.title : '';
    await api.sources.delete({ ids: [id] });
    set({ current: null });
    get().reload();
    toast(i18next.t('toast.sourceDeleted', { title }), {
      label: i18next.t('common.undo'),
      run: async () => {
        await api.sources.restore({ ids: [id] });
        get().reload();
      },
    });
  },
}));

const pager = createPager<SourceRow>(
  useSources,
  (offset, limit) => {
    const { text, sort } = useSources.getState();
    return api.sources.list({ text: text.trim() || undefined, sort, page: { offset, limit } });
  },
  errorMessage,
);

export const sourceRowAt = (pages: ReadonlyMap<number, SourceRow[]>, i: number) => pageRow(pages, i);

// Citation counts change when records are saved or deleted elsewhere.
onDataChanged(() => {
  const s = useSources.getState();
  if (s.generation > 0) s.reload();
});
