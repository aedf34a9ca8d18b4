import type { Lang } from '../shared/shell-contract';

interface LangDocument {
  documentElement: { lang: string } | null;
  addEventListener(type: 'DOMContentLoaded', listener: () => void): void;
}

type Observe = (target: object, onChange: () => void) => void;

export const langOf = (htmlLang: string): Lang => (htmlLang.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * Keeps the native menus in the UI's language without the page doing
 * anything: the renderer's i18n sets <html lang> at start and on every
 * switch, and this watches it from the preload (which shares the DOM).
 */
export function followDocumentLanguage(doc: LangDocument, observe: Observe, setLanguage: (lang: Lang) => void): void {
  let last: Lang | null = null;
  const report = () => {
    const el = doc.documentElement;
    if (!el?.lang) return;
    const lang = langOf(el.lang);
    if (lang !== last) setLanguage((last = lang));
  };
  doc.addEventListener('DOMContentLoaded', () => {
    report();
    if (doc.documentElement) observe(doc.documentElement, report);
  });
}
