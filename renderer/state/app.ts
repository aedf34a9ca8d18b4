import { create } from 'zustand';
import type { AppInfo } from '../../api/contract/app';
import { ApiError } from '../../api/client';
import { api } from '../platform';
import { dataChanged, onDataChanged } from './events';
import { useTaxonomy } from './taxonomy';

// Kept here too: renderer/import calls dataChanged from this module.
export { dataChanged, onDataChanged } from './events';

interface AppState {
  info: AppInfo | null;
  demoRunning: boolean;
  loadInfo(): Promise<void>;
  /**
   * Fills the database with the demo set, then refreshes everything that shows data. Into a database
   * that already has records only after `confirm` agrees (the demo records are tagged so they can go again).
   */
  loadDemo(confirm?: (records: number) => Promise<boolean>): Promise<{ records: number; sources: number } | null>;
  /** Moves the demo data to the trash (restorable there). */
  removeDemo(): Promise<{ records: number; sources: number; actors: number }>;
}

export const useApp = create<AppState>((set) => ({
  info: null,
  demoRunning: false,
  async loadInfo() {
    set({ info: await api.app.info({}) });
  },
  async loadDemo(confirm) {
    set({ demoRunning: true });
    try {
      let r;
      try {
        r = await api.app.demo({ count: 300 });
      } catch (err) {
        // Records arrived meanwhile (another window, the command line): ask before mixing demo data in.
        if (!(err instanceof ApiError && err.code === 'conflict' && err.field === 'force')) throw err;
        const records = (await api.app.info({})).counts.records;
        if (!confirm || !(await confirm(records))) return null;
        r = await api.app.demo({ count: 300, force: true });
      }
      await useTaxonomy.getState().load(true);
      dataChanged();
      return r;
    } finally {
      set({ demoRunning: false });
    }
  },
  async removeDemo() {
    const r = await api.app.removeDemo({});
    dataChanged();
    return r;
  },
}));

// Counts decide empty states (dashboard, records): keep them current after any change.
onDataChanged(() => void useApp.getState().loadInfo().catch(() => undefined));
