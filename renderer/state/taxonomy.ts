import { create } from 'zustand';
import type { Actor } from '../../api/contract/actors';
import type { InstrumentInfo, TreeNode } from '../../api/contract/taxonomy';
import { indexTree, type TreeIndex } from '../lib/tree';
import { api } from '../platform';
import { useFilters } from './filters';
import { usePrefs } from './prefs';

export type TreeName = 'chains' | 'regions';

interface TaxonomyState {
  chains: TreeIndex;
  regions: TreeIndex;
  tags: { name: string; count: number }[];
  instruments: InstrumentInfo[];
  loaded: boolean;
  /** Loads trees, tags and instruments (once, or again after an edit). */
  load(force?: boolean): Promise<void>;
  reloadTree(tree: TreeName): Promise<void>;
  reloadTags(): Promise<void>;
  findActors(text: string): Promise<Actor[]>;
}

const empty = indexTree([]);
let inflight: Promise<void> | null = null;

export const useTaxonomy = create<TaxonomyState>((set, get) => ({
  chains: empty,
  regions: empty,
  tags: [],
  instruments: [],
  loaded: false,
  load(force = false) {
    if (get().loaded && !force) return Promise.resolve();
    inflight ??= Promise.all([api.taxonomy.chains({}), api.taxonomy.regions({}), api.taxonomy.tags({}), api.taxonomy.instruments({})])
      .then(([chains, regions, tags, instruments]) => set({ chains: indexTree(chains), regions: indexTree(regions), tags, instruments, loaded: true }))
      .finally(() => (inflight = null));
    return inflight;
  },
  async reloadTree(tree) {
    const nodes: TreeNode[] = tree === 'chains' ? await api.taxonomy.chains({}) : await api.taxonomy.regions({});
    set({ [tree]: indexTree(nodes) } as Pick<TaxonomyState, TreeName>);
  },
  async reloadTags() {
    set({ tags: await api.taxonomy.tags({}) });
  },
  findActors: (text) => api.actors.list({ text: text || undefined, limit: 30 }),
}));

// A node merged away or trashed must not linger in the saved filter: the API would refuse the filter outright.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
useTaxonomy.subscribe((s, prev) => {
  if (!s.loaded || (s.chains === prev.chains && s.regions === prev.regions)) return;
  const { filter, setFilter } = useFilters.getState();
  const keep = (ids: readonly string[] | undefined, t: TreeIndex) => ids?.filter((id) => !UUID.test(id) || t.byId.has(id));
  const chains = keep(filter.chains, s.chains);
  const regions = keep(filter.regions, s.regions);
  if (chains?.length !== filter.chains?.length || regions?.length !== filter.regions?.length) setFilter({ chains, regions });
  const cmp = usePrefs.getState().compareChain;
  if (cmp && !s.chains.byId.has(cmp)) usePrefs.getState().setCompareChain(null);
});
