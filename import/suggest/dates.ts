import { isValidDate, isoDate } from '../meta/datetime';
import type { DateSuggestion } from '../types';
import { chineseDigits, chineseNumber } from './chinese-numerals';
import { spanOf, type SuggestContext } from './context';

type Precision = DateSuggestion['precision'];
interface Found { start: number; end: number; year: number | null; month: number | null; day: number | null; precision: Precision; yearFrom: DateSuggestion['yearFrom'] }

const FULL_NUMERIC = /(?<![\d.])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])/g;
const FULL_CHINESE = /(?<!\d)(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const YEAR_RANGE = /(?<!\d)(\d{4})\s*[-—–~～至到]\s*(\d{4})年/g;
const YEAR_ONLY = /(?<![\d—–~～-])(\d{4})年(?![\d月度代])/g;
const MONTH_DAY = /(?<!\d年)(?<![\d.])(\d{1,2})月(\d{1,2})[日号]/g;
const MONTH_ONLY = /(?<!\d年)(?<![\d.])(\d{1,2})月(?:份)?(?![\d日号])/g;
const DAY_AT_SENTENCE_START = /(?:^|(?<=[。！？；\n]))\s*(\d{1,2})[日号](?=[上中下]午|晚|早|凌晨|[,，、])/g;
const RANGE_END_DAY = /^\s*(?:至|到|—|–|-|－|~|～)\s*(\d{1,2})[日号]/;
const HAN_FULL = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?/g;
const HAN_MONTH_DAY = /(?<![〇零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]/g;
const FUTURE = /将|即将|拟|计划于|预计|届时|还将/;

const DAY_MS = 86_400_000;
// A date without a year lies in the publication year unless that puts it more than a month after
// publication (then it is last year's); sentences about plans (将, 拟) may look ten months ahead.
const PAST_SLACK_DAYS = 31;
const FUTURE_SLACK_DAYS = 300;

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function isFuture(context: SuggestContext, at: number): boolean {
  const sentence = context.sentences.at(at);
  return FUTURE.test(context.folded.slice(sentence.start, sentence.end));
}

function yearWord(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 2), start);
  return before === '去年' ? -1 : before === '今年' ? 0 : before === '明年' ? 1 : before === '前年' ? -2 : null;
}

function resolveYear(context: SuggestContext, reference: string, start: number, month: number, day: number): number {
  const [year, refMonth, refDay] = reference.split('-').map(Number) as [number, number, number];
  const shift = yearWord(context.folded, start);
  if (shift !== null) return year + shift;
  const slack = isFuture(context, start) ? FUTURE_SLACK_DAYS : PAST_SLACK_DAYS;
  return utc(year, month, day) - utc(year, refMonth, refDay) > slack * DAY_MS ? year - 1 : year;
}

/** The article's publication date, else the first complete date in the text, for resolving partial dates. */
function referenceDate(context: SuggestContext, found: readonly Found[]): string | null {
  if (context.published) return context.published;
  const full = found.find((f) => f.precision === 'day' && f.year !== null);
  return full ? isoDate(full.year!, full.month!, full.day!) : null;
}

function completeDates(text: string): Found[] {
  const found: Found[] = [];
  const push = (start: number, end: number, year: number, month: number | null, day: number | null) => {
    if (month !== null && !isValidDate(year, month, day ?? 1)) return;
    if (month === null && (year < 1900 || year > 2200)) return;
    found.push({ start, end, year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year', yearFrom: 'text' });
  };
  for (const m of text.matchAll(FULL_NUMERIC)) push(m.index!, m.index! + m[0].length, +m[1]!, +m[3]!, +m[4]!);
  for (const m of text.matchAll(FULL_CHINESE)) push(m.index!, m.index! + m[0].length, +m[1]!, +m[2]!, m[3] ? +m[3] : null);
  for (const m of text.matchAll(HAN_FULL)) {
    const year = chineseDigits(m[1]!);
    const month = chineseNumber(m[2]!);
    const day = m[3] ? chineseNumber(m[3]) : null;
    if (year !== null && month !== null && (m[3] === undefined || day !== null)) push(m.index!, m.index! + m[0].length, year, month, day);
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    push(m.index!, m.index! + m[1]!.length, +m[1]!, null, null);
    const second = m.index! + m[0].length - m[2]!.length - 1;
    push(second, second + m[2]!.length + 1, +m[2]!, null, null);
  }
  for (const m of text.matchAll(YEAR_ONLY)) push(m.index!, m.index! + m[0].length, +m[1]!, null, null);
  return found;
}

function partialDates(context: SuggestContext, reference: string | null): Found[] {
  const text = context.folded;
  const found: Found[] = [];
  const push = (start: number, end: number, month: number, day: number | null) => {
    const precision = day === null ? 'month' : 'day';
    // No publication date and no full date in the text: the year is left for the researcher, never guessed.
    if (!reference) {
      if (isValidDate(2000, month, day ?? 1)) found.push({ start, end, year: null, month, day, precision, yearFrom: 'open' });
      return;
    }
    const year = resolveYear(context, reference, start, month, day ?? 1);
    if (isValidDate(year, month, day ?? 1)) found.push({ start, end, year, month, day, precision, yearFrom: 'inferred' });
  };
  for (const m of text.matchAll(MONTH_DAY)) push(m.index!, m.index! + m[0].length, +m[1]!, +m[2]!);
  for (const m of text.matchAll(HAN_MONTH_DAY)) {
    const month = chineseNumber(m[1]!);
    const day = chineseNumber(m[2]!);
    if (month !== null && day !== null) push(m.index!, m.index! + m[0].length, month, day);
  }
  for (const m of text.matchAll(MONTH_ONLY)) push(m.index!, m.index! + m[0].length, +m[1]!, null);
  if (!reference) return found;
  const [refYear, refMonth, refDay] = reference.split('-').map(Number) as [number, number, number];
  for (const m of text.matchAll(DAY_AT_SENTENCE_START)) {
    const day = +m[1]!;
    const start = m.index! + m[0].length - m[1]!.length - 1;
    // A bare day is in the publication month, or the month before when it would lie ahead.
    const future = isFuture(context, start);
    let [year, month] = [refYear, refMonth];
    if (day > refDay + 3 && !future) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    if (isValidDate(year, month, day)) found.push({ start, end: start + m[1]!.length + 1, year, month, day, precision: 'day', yearFrom: 'inferred' });
  }
  return found;
}

/** "6月18日至20日": the second end takes the first's year and month. */
function rangeEnds(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (f.precision !== 'day') continue;
    const m = RANGE_END_DAY.exec(text.slice(f.end, f.end + 8));
    if (!m) continue;
    const day = +m[1]!;
    const start = f.end + m[0].length - m[1]!.length - 1;
    if (isValidDate(f.year ?? 2000, f.month!, day)) out.push({ start, end: start + m[1]!.length + 1, year: f.year, month: f.month, day, precision: 'day', yearFrom: f.yearFrom });
  }
  return out;
}

/** Non-overlapping, leftmost first, the longer match winning at the same place. */
function dedupe(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of found) if (!out.length || f.start >= out.at(-1)!.end) out.push(f);
  return out;
}

/**
 * Dates in the body: complete ones ("2024年9月24日", "2024-06-07", "二〇二四年九月"), years and year
 * ranges ("2024—2026年"), and partial ones ("9月23日", "12日," at a sentence start, "6月") resolved
 * against the publication date. Both ends of a range are reported.
 */
export function suggestDates(context: SuggestContext): DateSuggestion[] {
  const complete = completeDates(context.folded);
  const reference = referenceDate(context, dedupe([...complete]));
  const all = dedupe([...complete, ...partialDates(context, reference)]);
  const withRanges = dedupe([...all, ...rangeEnds(context.folded, all)]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return withRanges.map((f) => ({
    ...spanOf(context, f.start, f.end),
    iso:
      f.year === null
        ? `--${pad(f.month!)}${f.day === null ? '' : `-${pad(f.day)}`}`
        : f.precision === 'day'
          ? isoDate(f.year, f.month!, f.day!)
          : f.precision === 'month'
            ? isoDate(f.year, f.month!, 1).slice(0, 7)
            : String(f.year),
    precision: f.precision,
    // A year resolved from the publication date while the text names none is said to be inferred.
    yearFrom: f.yearFrom,
    sentence: context.sentences.at(f.start),
  }));
}
