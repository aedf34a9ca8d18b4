import type { TimelineItem } from '../../api/contract/views';

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

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function itemDates(it: Pick<TimelineItem, 'firstDay' | 'lastDay' | 'precision'>, lang: string): string {
  const key = it.precision === 'year' ? 'y' : it.precision === 'month' ? 'ym' : 'ymd';
  const cut = key === 'y' ? 4 : key === 'ym' ? 7 : 10;
  const a = it.firstDay.slice(0, cut);
  const b = it.lastDay.slice(0, cut);
  const f = fmt(lang, key);
  return a === b ? f.format(at(it.firstDay)) : `${f.format(at(it.firstDay))} – ${f.format(at(it.lastDay))}`;
}

/** A day number's date at day precision. */
export function dayLabel(day: number, lang: string): string {
  return fmt(lang, 'ymd').format(new Date(Math.floor(day) * 86_400_000));
}
