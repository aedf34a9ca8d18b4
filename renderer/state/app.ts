import { create } from 'zustand';
import type { AppInfo } from '../../api/contract/app';
import { api } from '../platform';
import { dataChanged, onDataChanged } from './events';
import { useTaxonomy } from './taxonomy';

// Kept here too: renderer/import calls dataChanged from this module.
export { dataChanged, onDataChanged } from './events';

interface AppState {
  info: AppInfo | null;
  demoRunning: boolean;
  loadInfo(): Promise<void>;
  /** Fills an empty database with the demo set, then refreshes everything that shows data. */
  loadDemo(): Promise<{ records: number; sources: number }>;
}

export const useApp = create<AppState>((set) => ({
  info: null,
  demoRunning: false,
  async loadInfo() {
    set({ info: await api.app.info({}) });
  },
  async loadDemo() {
    set({ demoRunning: true });
    try {
      const r = await api.app.demo({ count: 300 });
      await useTaxonomy.getState().load(true);
      dataChanged();
      return r;
    } finally {
      set({ demoRunning: false });
    }
  },
}));

// Counts decide empty states (dashboard, records): keep them current after any change.
onDataChanged(() => void useApp.getState().loadInfo().catch(() => undefined));
