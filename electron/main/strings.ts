import { fixedT, type Catalogue } from '../../i18n';
import type { Lang } from '../shared/shell-contract';

type Shell = Catalogue['shell'];
type Message = Shell['message'];

/**
 * Everything the main process says in one language: the shell namespace of the
 * shared catalogue, read through i18next, with its interpolated messages as
 * functions so menus, dialogs and their tests take plain values.
 */
export interface Strings {
  appName: string;
  menu: Shell['menu'];
  dialog: Shell['dialog'];
  message: Omit<Message, 'notSqlite' | 'foreign' | 'missing' | 'importDone' | 'exported' | 'aboutDetail'> & {
    notSqlite(file: string): string;
    foreign(file: string): string;
    missing(file: string): string;
    importDone(c: { imported: number; duplicate: number; failed: number }): string;
    exported(file: string): string;
    aboutDetail(v: { version: string; electron: string; chrome: string; node: string; database: string }): string;
  };
}

function stringsFor(lang: Lang): Strings {
  const t = fixedT(lang, 'shell');
  return {
    appName: t('appName'),
    menu: t('menu', { returnObjects: true }),
    dialog: t('dialog', { returnObjects: true }),
    message: {
      ...t('message', { returnObjects: true }),
      notSqlite: (file) => t('message.notSqlite', { file }),
      foreign: (file) => t('message.foreign', { file }),
      missing: (file) => t('message.missing', { file }),
      importDone: (c) => t('message.importDone', c),
      exported: (file) => t('message.exported', { file }),
      aboutDetail: (v) => t('message.aboutDetail', v),
    },
  };
}

export const STRINGS: Record<Lang, Strings> = { zh: stringsFor('zh'), en: stringsFor('en') };

/** The UI language for a system locale list, as the renderer picks it (Chinese if the first is Chinese). */
export function langFor(locales: readonly string[]): Lang {
  return (locales[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
