import i18next from 'i18next';
import { create } from 'zustand';
import type { BackupRow, BackupStatus } from '../../api/contract/backups';
import { api } from '../platform';
import { useApp } from './app';
import { dataChanged } from './events';
import { useTaxonomy } from './taxonomy';
import { toast } from './toasts';

interface BackupsState {
  status: BackupStatus | null;
  list: BackupRow[] | null;
  busy: boolean;
  loadStatus(): Promise<void>;
  load(): Promise<void>;
  create(): Promise<void>;
  restore(b: BackupRow, at: string): Promise<void>;
}

export const useBackups = create<BackupsState>((set, get) => ({
  status: null,
  list: null,
  busy: false,
  async loadStatus() {
    set({ status: await api.backups.status({}) });
  },
  async load() {
    const [status, list] = await Promise.all([api.backups.status({}), api.backups.list({})]);
    set({ status, list });
  },
  async create() {
    set({ busy: true });
    try {
      const b = await api.backups.create({});
      toast(i18next.t('backups:created', { records: b.records ?? 0 }));
      await get().load();
    } finally {
      set({ busy: false });
    }
  },
  async restore(b, at) {
    set({ busy: true });
    try {
      const r = await api.backups.restore({ name: b.name });
      toast(i18next.t('backups:restored', { at, records: r.records }));
      // Everything on screen came from the file that was replaced.
      dataChanged();
      await Promise.all([get().load(), useTaxonomy.getState().load(true), useApp.getState().loadInfo()]);
    } finally {
      set({ busy: false });
    }
  },
}));
