import { create } from 'zustand';
import type { AppInfo } from '../../api/contract/app';
import { api } from '../platform';
import { useRecords } from './records';
import { useTaxonomy } from './taxonomy';

interface AppState {
  info: AppInfo | null;
  demoRunning: boolean;
  loadInfo(): Promise<void>;
  /** Fills an empty database with the demo set, then refreshes everything that shows data. */
  loadDemo(): Promise<{ records: number; sources: number }>;
}

export const useApp = create<AppState>((set, get) => ({
  info: null,
  demoRunning: false,
  async loadInfo() {
    set({ info: await api.app.info({}) });
  },
  async loadDemo() {
    set({ demoRunning: true });
    try {
      const r = await api.app.demo({ count: 300 });
      await Promise.all([get().loadInfo(), useTaxonomy.getState().load(true)]);
      useRecords.getState().reload();
      dataChanged();
      return r;
    } finally {
      set({ demoRunning: false });
    }
  },
}));

/** Screens that cache data (sources, dashboard, trash) listen here to refetch after bulk changes. */
type Listener = () => void;
const listeners = new Set<Listener>();
export const onDataChanged = (l: Listener) => (listeners.add(l), () => void listeners.delete(l));
export const dataChanged = () => listeners.forEach((l) => l());

// Counts decide empty states (dashboard, records): keep them current after any change.
onDataChanged(() => void useApp.getState().loadInfo().catch(() => undefined));
