import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initI18n as initCatalogue } from '../../i18n';
import { usePrefs, type Lang } from '../state/prefs';

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Starts i18next in the saved (or system) language and follows later switches. */
export function initI18n(): typeof i18next {
  const lang = usePrefs.getState().lang;
  initCatalogue(i18next.use(initReactI18next), lang);
  document.documentElement.lang = HTML_LANG[lang];
  usePrefs.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    void i18next.changeLanguage(s.lang);
    document.documentElement.lang = HTML_LANG[s.lang];
  });
  return i18next;
}
