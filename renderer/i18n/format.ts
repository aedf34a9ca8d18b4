import { precisionOf } from '../../api/dates';
import { HTML_LANG } from '.';
import type { Lang } from '../state/prefs';

// Intl formatters are costly to build and the records table formats thousands of dates.
const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(HTML_LANG[lang], { timeZone: 'UTC', ...opts })));
  return f;
}

/** A partial date ('2024', '2024-06', '2024-06-12') at its own precision, in the UI language. */
export function formatDate(d: string | null | undefined, lang: Lang): string {
  if (!d) return '';
  const p = precisionOf(d);
  const [y, m = '01', day = '01'] = d.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return d;
  if (p === 'year') return fmt(lang, 'y', { year: 'numeric' }).format(date);
  if (p === 'month') return fmt(lang, 'ym', { year: 'numeric', month: 'short' }).format(date);
  return fmt(lang, 'ymd', { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** Compact numeric form for dense tables: 2024/06/12, 2024/06, 2024 (zh) or 06/12/2024, 06/2024, 2024 (en). */
export function formatDateShort(d: string | null | undefined, lang: Lang): string {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  // Written out by hand: Intl renders a zh month-only date as "2024年6月", which breaks the table's column of numbers.
  if (lang === 'zh') return [y, m, day].filter(Boolean).join('/');
  return [m, day, y].filter(Boolean).join('/');
}

export function formatRangeShort(start: string | null | undefined, end: string | null | undefined, lang: Lang): string {
  if (!start) return '';
  return end && end !== start ? `${formatDateShort(start, lang)}–${formatDateShort(end, lang)}` : formatDateShort(start, lang);
}

export function formatRange(start: string | null | undefined, end: string | null | undefined, lang: Lang): string {
  if (!start) return '';
  return end && end !== start ? `${formatDate(start, lang)} – ${formatDate(end, lang)}` : formatDate(start, lang);
}

/** An ISO timestamp (publish time, deletion time) as date and minute, in local time. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  // Publish times without a zone are the outlet's local time: show them as written, not shifted.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, lang);
  const local = !/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso);
  const date = new Date(local ? `${iso}Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
  if (local) return fmt(lang, 'ymdhm-utc', opts).format(date);
  const k = `${lang}|ymdhm-local`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(HTML_LANG[lang], opts)));
  return f.format(date);
}

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  return n == null ? '' : n.toLocaleString(HTML_LANG[lang], { maximumFractionDigits: 2 });
}
