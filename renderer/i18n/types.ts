import type { zh } from './zh';

// Typed keys: t('records.col.title') is checked against the Chinese catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}
