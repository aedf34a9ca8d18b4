import { create } from 'zustand';
import type { RecordFilter } from '../../api/contract/filters';
import type { RecordInput, RecordRow } from '../../api/contract/records';
import { api } from '../platform';

interface RecordsState {
  rows: RecordRow[];
  total: number;
  loading: boolean;
  error: string | null;
  filter: RecordFilter;
  load(): Promise<void>;
  setFilter(f: RecordFilter): void;
  create(input: RecordInput): Promise<string>;
}

export const useRecords = create<RecordsState>((set, get) => ({
  rows: [],
  total: 0,
  loading: false,
  error: null,
  filter: {},
  async load() {
    set({ loading: true, error: null });
    try {
      const page = await api.records.list({ filter: get().filter, page: { offset: 0, limit: 500 } });
      set({ rows: page.rows, total: page.total, loading: false });
    } catch (err) {
      set({ error: (err as Error).message, loading: false });
    }
  },
  setFilter(filter) {
    set({ filter });
    void get().load();
  },
  async create(input) {
    const saved = await api.records.save({ record: input });
    await get().load();
    return saved.id;
  },
}));
