import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { usePrefs, type Lang } from '../state/prefs';
import { en } from './en';
import { zh } from './zh';

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Starts i18next in the saved (or system) language and follows later switches. */
export function initI18n(): typeof i18next {
  const lang = usePrefs.getState().lang;
  void i18next.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh',
    // React escapes on render; escaping here would double-escape Chinese quotes and ampersands.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = HTML_LANG[lang];
  usePrefs.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    void i18next.changeLanguage(s.lang);
    document.documentElement.lang = HTML_LANG[s.lang];
  });
  return i18next;
}
