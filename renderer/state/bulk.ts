import i18next from 'i18next';
import { api } from '../platform';
import { dataChanged } from './events';
import { useFilters } from './filters';
import { useSelection } from './selection';
import { useTaxonomy } from './taxonomy';
import { toast } from './toasts';

// Bulk actions on the selected records. Each ends by refreshing the table, and
// a delete offers its own undo (a restore of exactly those ids).

const refresh = dataChanged;

export async function selectAllMatching(): Promise<void> {
  const ids = await api.records.ids({ filter: useFilters.getState().filter });
  useSelection.getState().set(ids);
}

export async function deleteRecords(ids: string[]): Promise<void> {
  if (!ids.length) return;
  const { deleted } = await api.records.delete({ ids });
  useSelection.getState().clear();
  refresh();
  toast(i18next.t('toast.deleted', { count: deleted }), {
    label: i18next.t('common.undo'),
    run: async () => {
      const { restored } = await api.records.restore({ ids });
      refresh();
      toast(i18next.t('toast.restored', { count: restored }));
    },
  });
}

export async function tagRecords(ids: string[], add: string[], remove: string[]): Promise<void> {
  if (!ids.length || (!add.length && !remove.length)) return;
  const { changed } = await api.records.tag({ ids, add, remove });
  refresh();
  void useTaxonomy.getState().reloadTags();
  toast(i18next.t('toast.tagged', { count: changed }));
}
