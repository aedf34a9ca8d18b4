import i18next from 'i18next';
import { create } from 'zustand';
import type { TrashItem } from '../../api/contract/trash';
import { api } from '../platform';
import { useApp } from './app';
import { dataChanged } from './events';
import { useTaxonomy } from './taxonomy';
import { toast } from './toasts';

interface TrashState {
  items: TrashItem[] | null;
  load(): Promise<void>;
  restore(ids: string[]): Promise<void>;
  purge(ids: string[]): Promise<void>;
}

/** After a restore or purge, everything that lists live items may have changed. */
async function afterChange() {
  dataChanged();
  await Promise.all([useTaxonomy.getState().load(true), useApp.getState().loadInfo()]);
}

export const useTrash = create<TrashState>((set, get) => ({
  items: null,
  async load() {
    set({ items: await api.trash.list({ limit: 2000 }) });
  },
  async restore(ids) {
    const { restored } = await api.trash.restore({ ids });
    toast(i18next.t('toast.restored', { count: restored }));
    await Promise.all([get().load(), afterChange()]);
  },
  async purge(ids) {
    const { purged } = await api.trash.purge({ ids });
    toast(i18next.t('toast.purged', { count: purged }));
    await Promise.all([get().load(), afterChange()]);
  },
}));
