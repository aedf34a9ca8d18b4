import { create } from 'zustand';
import type { RecordFilter } from '../../api/contract/filters';
import type { StatRow, TargetRow } from '../../api/contract/views';
import { api } from '../platform';
import { onDataChanged } from './events';
import { useFilters } from './filters';
import { usePrefs } from './prefs';
import { errorMessage } from './toasts';

export type Period = 'month' | 'quarter' | 'year';

interface DashboardState {
  period: Period;
  byKind: StatRow[] | null;
  byChain: StatRow[] | null;
  /** Regions (provinces) per year, for the chain chosen in prefs.compareChain. */
  regions: StatRow[] | null;
  targets: { total: number; rows: TargetRow[] } | null;
  error: string | null;
  loading: boolean;
  setPeriod(p: Period): void;
  load(): Promise<void>;
}

let seq = 0;

export const useDashboard = create<DashboardState>((set, get) => ({
  period: 'quarter',
  byKind: null,
  byChain: null,
  regions: null,
  targets: null,
  error: null,
  loading: false,
  setPeriod(period) {
    set({ period });
    void get().load();
  },
  async load() {
    const mine = ++seq;
    const filter: RecordFilter = useFilters.getState().filter;
    const chain = usePrefs.getState().compareChain;
    const { period } = get();
    // The comparison's own chain stands in for the shared filter's chains (the API ORs chains, it cannot intersect them).
    const regionFilter: RecordFilter = chain ? { ...filter, chains: [chain] } : filter;
    set({ loading: true });
    try {
      const [byKind, byChain, regions, targets] = await Promise.all([
        api.views.stats({ filter, period, by: 'kind' }),
        api.views.stats({ filter, period, by: 'chain', depth: 1 }),
        api.views.stats({ filter: regionFilter, period: 'year', by: 'region', depth: 1 }),
        api.views.targets({ filter, limit: 300 }),
      ]);
      if (mine === seq) set({ byKind, byChain, regions, targets, error: null, loading: false });
    } catch (err) {
      if (mine === seq) set({ error: errorMessage(err), loading: false });
    }
  },
}));

/** The dashboard refetches on filter, chain or data changes only while it is on screen. */
export function watchDashboard(): () => void {
  void useDashboard.getState().load();
  const a = useFilters.subscribe((s, p) => s.filter !== p.filter && void useDashboard.getState().load());
  const b = usePrefs.subscribe((s, p) => s.compareChain !== p.compareChain && void useDashboard.getState().load());
  const c = onDataChanged(() => void useDashboard.getState().load());
  return () => {
    a();
    b();
    c();
  };
}
