import type { zh } from './zh';

/** A catalogue's shape with every text widened to string: a translation typed with it has exactly the reference's keys. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every namespace of one language. */
export type Catalogue = Widen<typeof zh>;
export type Namespace = keyof Catalogue;
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

// Typed keys: t('records.col.title') is checked against the Chinese catalogue,
// in the namespace a t() was made for, and in the shared common namespace.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    fallbackNS: 'common';
    resources: typeof zh;
  }
}
