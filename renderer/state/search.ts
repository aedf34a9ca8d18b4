import { create } from 'zustand';
import type { SearchResult } from '../../api/contract/search';
import { api } from '../platform';
import { errorMessage } from './toasts';

export type Scope = 'all' | 'records' | 'sources';

interface SearchState {
  query: string;
  scope: Scope;
  result: SearchResult | null;
  loading: boolean;
  error: string | null;
  /** Sets the text and searches after a short pause in typing. */
  setQuery(q: string): void;
  setScope(s: Scope): void;
}

/** One search per surface (the palette and the Search screen keep their own text and results). */
function createSearch(limit: number, delay: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  return create<SearchState>((set, get) => {
    const fire = () => {
      clearTimeout(timer);
      const { query, scope } = get();
      const mine = ++seq;
      if (!query.trim()) {
        set({ result: null, loading: false, error: null });
        return;
      }
      set({ loading: true });
      timer = setTimeout(() => {
        api.search
          .query({ query, scope, limit })
          .then((result) => mine === seq && set({ result, loading: false, error: null }))
          .catch((err) => mine === seq && set({ loading: false, error: errorMessage(err) }));
      }, delay);
    };
    return {
      query: '',
      scope: 'all',
      result: null,
      loading: false,
      error: null,
      setQuery: (query) => (set({ query }), fire()),
      setScope: (scope) => (set({ scope }), fire()),
    };
  });
}

export const useSearch = createSearch(50, 150);
export const usePaletteSearch = createSearch(6, 120);
