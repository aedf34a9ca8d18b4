import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from './en';
import { zh, type ImportMessages } from './zh';

const NS = 'import';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ImportKey = Leaves<ImportMessages>;
export type ImportT = (key: ImportKey, vars?: Record<string, string | number>) => string;

// The app catalogue is typed for its one namespace, so this namespace is
// registered and read through a narrow signature of our own.
type Fixed = (key: string, opts?: Record<string, unknown>) => string;
const fixedT = (lng?: string): Fixed => (i18next as unknown as { getFixedT(lng: string | null, ns: string): Fixed }).getFixedT(lng ?? null, NS);

/** Registered lazily: i18next only has a store once the app has called init. */
function ensureStrings() {
  if (i18next.hasResourceBundle('zh', NS)) return;
  i18next.addResourceBundle('zh', NS, zh);
  i18next.addResourceBundle('en', NS, en);
}

/** Import strings for event handlers and stores (outside React). */
export const importT: ImportT = (key, vars) => {
  ensureStrings();
  return fixedT(i18next.language)(key, vars);
};

/** Import strings in components; re-renders on a language switch like useTranslation. */
export function useImportT(): ImportT {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  ensureStrings();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback<ImportT>((key, vars) => fixedT(lang)(key, vars), [lang]);
}
