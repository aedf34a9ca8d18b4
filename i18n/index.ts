import i18next, { type i18n, type InitOptions, type TFunction } from 'i18next';
import { en } from './en';
import type { Catalogue, Lang, Namespace } from './types';
import { zh } from './zh';

export { LANGS, type Catalogue, type Lang, type Namespace } from './types';

/** Every UI string of Chainline, by language and namespace. */
export const resources: Record<Lang, Catalogue> = { zh, en };
export const NAMESPACES = Object.keys(zh) as Namespace[];

/** The one configuration every i18next instance uses (renderer, print page, Electron main, export). */
export function i18nOptions(lang: Lang): InitOptions {
  return {
    resources,
    lng: lang,
    fallbackLng: 'zh',
    ns: NAMESPACES,
    defaultNS: 'app',
    // Kinds, statuses and other shared words live once in 'common' and are found from any namespace.
    fallbackNS: 'common',
    // Nothing here is parsed as HTML: React escapes on render, and menus, dialogs and file names take text as is.
    interpolation: { escapeValue: false },
    // Resources are in memory, so init can finish before the first render.
    initAsync: false,
  };
}

/** Initialises an instance (the renderer passes react-i18next's global one) in a language. */
export function initI18n(instance: i18n, lang: Lang): i18n {
  void instance.init(i18nOptions(lang));
  return instance;
}

/** A fresh instance of its own, for code that must not follow the UI's language (the print page, the main process). */
export function createI18n(lang: Lang): i18n {
  return initI18n(i18next.createInstance(), lang);
}

let shared: i18n | null = null;
/** A t() for one language and namespace, for code outside any UI (a default file name, the main process). */
export function fixedT<N extends Namespace>(lang: Lang, ns: N): TFunction<N> {
  shared ??= createI18n('zh');
  return shared.getFixedT(lang, ns);
}
