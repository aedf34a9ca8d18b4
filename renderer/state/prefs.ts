import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { z } from 'zod';
import type { RecordSort } from '../../api/contract/records';

import type { Lang } from '../../i18n';

export type { Lang };
export type Theme = 'light' | 'dark' | 'system';

export interface PrefsState {
  lang: Lang;
  theme: Theme;
  recordSort: z.infer<typeof RecordSort>;
  /** Chain chosen for the dashboard's region comparison (id), or null for all chains. */
  compareChain: string | null;
  /** Names of actors used in filters: the filter keeps ids, and the API has no look-up by id. */
  actorNames: Record<string, string>;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setRecordSort(sort: z.infer<typeof RecordSort>): void;
  setCompareChain(id: string | null): void;
  rememberActor(id: string, name: string): void;
}

/** zh-CN by default when the system speaks Chinese, English otherwise. */
export const systemLang = (): Lang => (navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      lang: systemLang(),
      theme: 'system',
      recordSort: '-date',
      compareChain: null,
      actorNames: {},
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setRecordSort: (recordSort) => set({ recordSort }),
      setCompareChain: (compareChain) => set({ compareChain }),
      rememberActor: (id, name) => set((s) => ({ actorNames: { ...s.actorNames, [id]: name } })),
    }),
    {
      name: 'chainline.prefs',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ lang, theme, recordSort, compareChain, actorNames }) => ({ lang, theme, recordSort, compareChain, actorNames }),
    },
  ),
);
