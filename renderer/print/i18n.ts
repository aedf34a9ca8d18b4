import type { TFunction } from 'i18next';
import { fixedT, type Lang } from '../../i18n';

/** The report's words: the print namespace (and the shared common words) in the export's language. */
export type PrintT = TFunction<'print'>;

export const printT = (lang: Lang): PrintT => fixedT(lang, 'print');
