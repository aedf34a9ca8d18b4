// Dates as researchers write them, read as partial dates ('2024', '2024-06',
// '2024-06-12'): 2024年6月12日, 2024.6, 2024/06/12, 二〇二四年六月, full-width
// digits, and ranges such as 2024—2026年. Only what is written is kept: a
// month-only date stays a month, never becomes its first day.

const DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 十二 → 12, 二十三 → 23, 三十 → 30 (months and days); a run of digit characters (二〇二四) → 2024. */
function chineseNumber(s: string): string {
  if (!s.includes('十')) return [...s].map((c) => DIGIT[c] ?? c).join('');
  const [tens, ones] = s.split('十');
  return String((tens ? Number(DIGIT[tens]) : 1) * 10 + (ones ? Number(DIGIT[ones]) : 0));
}

const CN_NUMBER = /[〇零一二三四五六七八九十]+/g;

function plain(text: string): string {
  return text
    .normalize('NFKC') // full-width digits and punctuation
    .replace(/\s+/g, '')
    .replace(CN_NUMBER, chineseNumber);
}

const pad = (n: string) => n.padStart(2, '0');

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1900 || y > 2200) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const SINGLE = [
  /^(\d{4})年?$/,
  /^(\d{4})(?:年|[./-])(\d{1,2})月?$/,
  /^(\d{4})(?:年|[./-])(\d{1,2})(?:月|[./-])(\d{1,2})[日号]?$/,
];

/** One date as a partial date, or null when it is not one (or not a real day: 2024-02-30). */
export function parseDate(text: string): string | null {
  const s = plain(text);
  for (const re of SINGLE) {
    const m = re.exec(s);
    if (!m) continue;
    const [, y, mo, d] = m;
    if (!valid(Number(y), mo === undefined ? undefined : Number(mo), d === undefined ? undefined : Number(d))) return null;
    return [y, mo && pad(mo), d && pad(d)].filter(Boolean).join('-');
  }
  return null;
}

const RANGE_SEPARATORS = /—+|–|－|~|～|至|到|→|-{1,2}/;

/** A range such as 2024—2026年 or 2024年6月至2025年3月, or null. A single date (2024-06) is not a range. */
export function parseDateRange(text: string): { start: string; end: string } | null {
  if (parseDate(text)) return null;
  const s = plain(text);
  // Try each separator position: '2024-06-2025-03' has several hyphens, and only one split gives two dates.
  for (let i = 0; i < s.length; i++) {
    const sep = RANGE_SEPARATORS.exec(s.slice(i));
    if (!sep || sep.index !== 0) continue;
    const left = s.slice(0, i);
    let right = s.slice(i + sep[0].length);
    // 2024—2026年: the closing 年 belongs to both ends.
    if (/^\d{4}年$/.test(right)) right = right.slice(0, 4);
    const start = parseDate(left);
    const end = parseDate(right);
    if (start && end && end >= start) return { start, end };
  }
  return null;
}

/** The canonical form of a date when it reads as one, else the text unchanged (trimmed), for the validator to refuse. */
export function normalizeDate(text: string): string {
  return parseDate(text) ?? text.trim();
}
