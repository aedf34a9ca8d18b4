import type { Precision } from '../../api/contract/common';
import { isoOf } from './layout/time';

// Dates as the researcher knows them: a month-precision record shows its month, never a made-up day.

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, key: 'y' | 'ym' | 'ymd'): Intl.DateTimeFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      key === 'y' ? { year: 'numeric' } : key === 'ym' ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
    cache.set(k, (f = new Intl.DateTimeFormat(lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en', { ...opts, timeZone: 'UTC' })));
  }
  return f;
}

const DAY_MS = 86_400_000;

/** A record's dates at its precision, from its first and last day numbers (both inclusive). */
export function itemDates(firstDay: number, lastDay: number, precision: Precision, lang: string): string {
  const key = precision === 'year' ? 'y' : precision === 'month' ? 'ym' : 'ymd';
  const cut = key === 'y' ? 4 : key === 'ym' ? 7 : 10;
  const a = isoOf(firstDay).slice(0, cut);
  const b = isoOf(lastDay).slice(0, cut);
  const f = fmt(lang, key);
  return a === b ? f.format(firstDay * DAY_MS) : `${f.format(firstDay * DAY_MS)} – ${f.format(lastDay * DAY_MS)}`;
}

/** A day number's date at day precision. */
export function dayLabel(day: number, lang: string): string {
  return fmt(lang, 'ymd').format(new Date(Math.floor(day) * 86_400_000));
}
