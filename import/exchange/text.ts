import { decodeBytes } from '../decode/decode';
import { say, type Said } from './messages';
import type { EntryError } from './types';

// What the citation readers share: UTF-8 only (a reference manager writes it;
// a GB18030 or Big5 file read as UTF-8 would store mojibake), and notes that
// Zotero writes as HTML turned into plain text.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The file as text, or an error naming the encoding it looks like. */
export function utf8File(bytes: Uint8Array): string | EntryError {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const guess = decodeBytes(bytes);
    return { entry: 'file', ...(guess.ok ? say('not-utf8', { encoding: guess.encoding }) : say('not-utf8-unknown')) };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A note as plain text: Zotero's notes are HTML (<p>, <br>, entities). Text without tags is left as it is. */
export function noteText(note: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(note)) return note.trim();
  return note
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as the day a source keeps: YYYY-MM-DD from numbers, or null with the
 * reason when it is only a year or month (kept as a warning), or an error when
 * there is no such day.
 */
export function dayOf(year: number, month?: number, day?: number): { day: string | null; warning?: Said } | { error: Said } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return { error: say('bad-year', { year }) };
  if (month === undefined || Number.isNaN(month)) return { day: null, warning: say('year-only', { date: year }) };
  if (!Number.isInteger(month) || month < 1 || month > 12) return { error: say('bad-month', { month }) };
  if (day === undefined || Number.isNaN(day)) return { day: null, warning: say('month-only', { date: `${year}-${pad(month)}` }) };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isInteger(day) || d.getUTCMonth() !== month - 1) return { error: say('no-such-day', { date: `${year}-${pad(month)}-${pad(day)}` }) };
  return { day: `${year}-${pad(month)}-${pad(day)}` };
}

/** Dates written as text: 2023-06-12, 2023/6/12/, 2023-06, 2023, 2023年6月12日. */
export function dayOfText(text: string): ReturnType<typeof dayOf> {
  const m = text.trim().match(/^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?(?:[/T ].*)?$/);
  if (!m) return { error: say('not-a-date', { text: text.trim().slice(0, 40) }) };
  return dayOf(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/** A web address a source can keep: http or https. */
export function webAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}
